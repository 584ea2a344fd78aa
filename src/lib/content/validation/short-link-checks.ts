import type { TaxonomyRecord } from '../files/taxonomy.ts';
import { isPublished, publishedOnly } from '../../modules/publication.ts';
import { findShortLinkClashes, type ShortLinkClaim } from '../qr/short-link-space.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleFacts } from './records.ts';

/**
 * Module codes and member-group ids share the `/q/` short links with every code ever printed,
 * compared without case. The printed codes hold their slug first, then published modules (their
 * code may be on paper unregistered), then drafts, then groups; each later claim on a taken slug
 * is an error at its own line that names the holder. Modules whose frontmatter failed take part
 * with the code that parsed.
 */
export function checkShortLinks(
  modules: readonly ModuleFacts[],
  { taxonomy, sources }: TaxonomyRecord,
  issued: readonly ShortLinkClaim[] = [],
): ContentIssue[] {
  const moduleClaims = [...publishedOnly(modules), ...modules.filter((m) => !isPublished(m.data))].flatMap(
    ({ file, data: { code }, lineOf }): ShortLinkClaim[] =>
      code === undefined ? [] : [{ kind: 'module', code, file, line: lineOf(['code']) }],
  );
  const groups = sources.groups;
  const groupClaims = groups
    ? taxonomy.groups.map(({ id }, index): ShortLinkClaim => ({
        kind: 'path',
        code: id,
        file: groups.file,
        line: groups.lineOf([index, 'id']),
      }))
    : [];
  return findShortLinkClashes([...issued, ...moduleClaims, ...groupClaims]).map((clash) =>
    createIssue(
      'short-link-taken',
      {
        file: clash.claim.file,
        line: clash.claim.line,
        field: clash.claim.kind === 'path' && !clash.claim.issued ? 'id' : 'code',
      },
      clash,
    ),
  );
}
