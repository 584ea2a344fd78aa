import { parse } from 'yaml';
import {
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  type Taxonomy,
  type TaxonomyKind,
} from '../../../schemas/taxonomy-kinds.ts';
import { formatRoles } from '../../modules/format-roles.ts';
import { moduleSlug } from '../../routes/routes.ts';
import { nextCode } from '../../modules/module-codes.ts';
import { splitFrontmatter } from '../files/frontmatter.ts';
import { CONTENT_DIRS, type SourceFile } from '../files/sources.ts';
import type { ModuleAnswers } from './answers.ts';
import { definitionOf, derivedTermIds, type TermValues } from './chosen-kinds.ts';
import { scaffoldMessages as say } from './messages.ts';
import { topicPrefixes, type ExistingModule } from './prefixes.ts';
import { renderModule } from './template.ts';

export interface ModulePlan {
  code: string;
  /** Project-relative path of the new file. */
  path: string;
  text: string;
}

/** Thrown with a Chinese message for the lecturer; anything else is a bug. */
export class ScaffoldError extends Error {}

/**
 * Where the new module goes and what it says. Its code follows the highest one in use for the
 * topic's prefix, counting drafts and modules whose frontmatter does not validate yet.
 */
export function planModule(
  answers: ModuleAnswers,
  { taxonomy, sources, today }: { taxonomy: Taxonomy; sources: SourceFile[]; today: string },
): ModulePlan {
  const existing = existingModules(sources);
  const prefix = topicPrefixes(existing, taxonomy.topics).get(answers.topic)!;
  const code = nextCode(
    prefix,
    existing.map((module) => module.code),
  );
  if (!code) throw new ScaffoldError(say.codesExhausted(prefix));
  // Files are named by the code's URL spelling, as the module's page is.
  const name = answers.slug ? `${moduleSlug(code)}-${answers.slug}` : moduleSlug(code);
  const path = `${CONTENT_DIRS.modules}/${answers.topic}/${name}.mdx`;
  if (sources.some((source) => source.file === path)) throw new ScaffoldError(say.fileExists(path));
  const derived = TAXONOMY_KIND_IDS.filter((kind) => definitionOf(kind).derivedFrom).map((kind) => [
    TAXONOMY_KINDS[kind].field,
    derivedTermIds(kind, answers, taxonomy),
  ]);
  const text = renderModule({
    ...answers,
    ...(Object.fromEntries(derived) as TermValues<TaxonomyKind>),
    code,
    today,
    formatRole: formatRoles(taxonomy.formats)(answers.format),
  });
  return { code, path, text };
}

/**
 * Code and topic of every module file, read leniently: a module with a schema error still holds
 * its code. Without a `topic` the folder name stands in (modules live in content/modules/<topic>/).
 */
export function existingModules(sources: SourceFile[]): ExistingModule[] {
  return sources.flatMap((source) => {
    const { frontmatter } = splitFrontmatter(source.text);
    let data: { code?: unknown; topic?: unknown } | undefined;
    try {
      data = frontmatter === undefined ? undefined : (parse(frontmatter) as typeof data);
    } catch {
      data = undefined;
    }
    const code =
      typeof data?.code === 'string' ? data.code : /^code:\s*([A-Z]{2,4}-\d{3})\s*$/m.exec(source.text)?.[1];
    if (!code) return [];
    const folder = source.file.split('/').at(-2) ?? '';
    return [{ code, topic: typeof data?.topic === 'string' ? data.topic : folder }];
  });
}
