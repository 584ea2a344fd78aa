import { RegistryEntrySchema, type RegistryEntry } from '../../../schemas/qr-registry.ts';
import { readLocatedYaml } from '../files/located-yaml.ts';
import { CONTENT_DIRS, type RegistryInput } from '../files/sources.ts';
import type { TaxonomyRecord } from '../files/taxonomy.ts';
import { liveTargets, publishedOnly } from '../../modules/publication.ts';
import { resolveCode } from '../qr/registry.ts';
import { createIssue, type ContentIssue } from './issue.ts';
import { dependsOn } from './dependents.ts';
import { checkAddOnly } from './registry-add-only.ts';
import type { ModuleFacts } from './records.ts';
import { toContentIssues } from './schema-issues.ts';
import { checkShortLinks } from './short-link-checks.ts';
import { REGISTRY_KIND_IDS, REGISTRY_KINDS } from '../../../schemas/registry-kinds.ts';

/** The Chinese name of what a registry short code opens, from its QR registry `kind`. */
function registryLabelOf(qrKind: string): string {
  const kind = REGISTRY_KIND_IDS.find((each) => REGISTRY_KINDS[each].qrKind === qrKind);
  return kind ? REGISTRY_KINDS[kind].label : qrKind;
}

/**
 * Checks the QR registry: every printed code still opens a page, no line was deleted, and
 * every published module and path is registered before its code is printed, and no module or
 * group takes the short link of a code printed for something else (`checkShortLinks`).
 */
export function checkRegistry(
  { source, history, committed, historyGap }: RegistryInput,
  modules: readonly ModuleFacts[],
  record: TaxonomyRecord,
  {
    ci = false,
    registryEntries = [],
  }: {
    ci?: boolean;
    /** Every registry entry (venue, lecturer, class) that has a page, by its short code and file. */
    registryEntries?: readonly { code: string; file: string; label: string }[];
  } = {},
): ContentIssue[] {
  const { taxonomy } = record;
  const file = source?.file ?? CONTENT_DIRS.registry;
  // Said before anything else, and even when the file does not parse: without the history a
  // deleted line cannot be caught, and in CI that must fail rather than pass unnoticed.
  const gapIssues = historyGap
    ? [
        createIssue(
          ci ? 'qr-history-required' : 'qr-history-missing',
          { file, line: 1, field: 'registry' },
          { gap: historyGap },
        ),
      ]
    : [];
  const yaml = readLocatedYaml({ file, text: source?.text ?? '[]' }, { field: 'registry' });
  // Modules and groups still share the short links when the registry cannot be read.
  if (yaml.issues.length) return [...gapIssues, ...yaml.issues, ...checkShortLinks(modules, record)];
  const issues: ContentIssue[] = gapIssues;
  const registry = new Map<string, RegistryEntry>();
  const lines = new Map<string, number>();
  (Array.isArray(yaml.data) ? yaml.data : []).forEach((raw, index) => {
    const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf([index, ...path]);
    const parsed = RegistryEntrySchema.safeParse(raw);
    if (!parsed.success) {
      const knownKeys = Object.keys(RegistryEntrySchema.shape);
      issues.push(...toContentIssues(parsed.error, { file, lineOf, data: raw, knownKeys }));
      return;
    }
    const { code } = parsed.data;
    if (registry.has(code)) {
      issues.push(createIssue('qr-duplicate', { file, line: lineOf(['code']), field: 'code' }, { code }));
      return;
    }
    registry.set(code, parsed.data);
    lines.set(code, lineOf(['code']));
  });

  // A module whose frontmatter failed still exists: its printed code is not reported as broken.
  const known = modules.flatMap(({ data: { code, status = 'published' } }) =>
    code ? [{ code, status }] : [],
  );
  const live = liveTargets(
    known,
    taxonomy.groups,
    registryEntries.map((entry) => entry.code),
  );
  const registryLabels = new Map(registryEntries.map(({ code, label }) => [code, label]));
  for (const [code, entry] of registry) {
    const resolution = resolveCode(code, registry, live);
    if (resolution.kind !== 'broken') continue;
    const { reason, via } = resolution;
    const at = { file, line: lines.get(code)!, field: 'code' };
    const issue = createIssue(
      'qr-broken',
      at,
      reason === 'cycle'
        ? { reason, chain: via }
        : reason === 'successor-missing'
          ? { reason, code, successor: via.at(-1)! }
          : {
              reason,
              code,
              target:
                entry.kind === 'path'
                  ? '学习路径'
                  : entry.kind === 'module'
                    ? '模块'
                    : (registryLabels.get(code) ?? registryLabelOf(entry.kind)),
            },
    );
    // A path looks deleted while its group's entry in groups.yaml is broken: fold it there.
    issues.push(entry.kind === 'path' ? dependsOn(issue, { kind: 'groups', id: code }) : issue);
  }

  const missing = [
    ...publishedOnly(modules)
      .filter((module) => module.data.code && !registry.has(module.data.code))
      .map((module) => ({ code: module.data.code!, file: module.file, line: module.lineOf(['code']) })),
    ...taxonomy.groups
      .filter((group) => !registry.has(group.id))
      .map((group) => ({ code: group.id, file, line: 1 })),
    ...registryEntries
      .filter(({ code }) => !registry.has(code))
      .map(({ code, file: where }) => ({ code, file: where, line: 1 })),
  ];
  // A warning, not an error: a new module or group must not block the build before its code has
  // been printed; `npm run qr:register` records it for good once it goes out on paper.
  for (const { code, file: where, line } of missing) {
    issues.push(createIssue('qr-unregistered', { file: where, line, field: 'code' }, { code }));
  }

  // Against the parsed history, so no YAML spelling hides a deleted or rewritten entry.
  issues.push(...checkAddOnly({ history, committed }, yaml, file));
  // Printed codes hold their short link: a new module or group may not take it in another kind.
  const issued = [...registry.values()].map(({ code, kind }) => ({
    kind,
    code,
    file,
    line: lines.get(code)!,
    issued: true,
  }));
  issues.push(...checkShortLinks(modules, record, issued));
  return issues;
}
