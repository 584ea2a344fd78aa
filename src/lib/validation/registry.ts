import { RegistryEntrySchema, type RegistryEntry } from '../../schemas/qr-registry.ts';
import { resolveCode, type LiveTargets } from '../qr/registry.ts';
import { parseLocatedYaml } from './frontmatter.ts';
import type { ContentIssue } from './issue.ts';
import { messages } from './messages.ts';
import type { ModuleRecord, TaxonomyRecord } from './records.ts';
import { toContentIssues } from './schema-issues.ts';
import type { SourceFile } from './sources.ts';

export interface RegistryInput {
  source: SourceFile | undefined;
  /** Codes found anywhere in the registry's Git history; undefined when there is no history. */
  history: ReadonlySet<string> | undefined;
}

/**
 * Checks the QR registry: every printed code still opens a page, no line was deleted, and
 * every published module and path is registered before its code is printed.
 */
export function checkRegistry(
  { source, history }: RegistryInput,
  modules: ModuleRecord[],
  { taxonomy }: TaxonomyRecord,
): ContentIssue[] {
  const file = source?.file ?? 'content/qr-registry.yaml';
  const yaml = parseLocatedYaml(source?.text ?? '[]');
  const at = (line: number) => ({ file, line, severity: 'error' as const });
  if (yaml.errors.length) {
    const error = yaml.errors[0]!;
    return [
      {
        ...at(error.line),
        column: error.column,
        field: 'registry',
        code: 'yaml-syntax',
        message: messages.yamlSyntax(error.message.split('\n')[0]!),
      },
    ];
  }
  const issues: ContentIssue[] = [];
  const registry = new Map<string, RegistryEntry>();
  const lines = new Map<string, number>();
  (Array.isArray(yaml.data) ? yaml.data : []).forEach((raw, index) => {
    const lineOf = (path: readonly PropertyKey[]) => yaml.lineOf([index, ...path]);
    const parsed = RegistryEntrySchema.safeParse(raw);
    if (!parsed.success) {
      issues.push(
        ...toContentIssues(parsed.error, {
          file,
          lineOf,
          data: raw,
          knownKeys: Object.keys(RegistryEntrySchema.shape),
        }),
      );
      return;
    }
    if (registry.has(parsed.data.code)) {
      issues.push({
        ...at(lineOf(['code'])),
        field: 'code',
        code: 'qr-duplicate',
        message: messages.qrDuplicate(parsed.data.code),
      });
      return;
    }
    registry.set(parsed.data.code, parsed.data);
    lines.set(parsed.data.code, lineOf(['code']));
  });

  const published = modules.filter((module) => module.data.status === 'published');
  const live: LiveTargets = {
    modules: new Set(published.map((module) => module.data.code)),
    groups: new Set(taxonomy.groups.map((group) => group.id)),
  };
  for (const [code, entry] of registry) {
    const resolution = resolveCode(code, registry, live);
    if (resolution.kind !== 'broken') continue;
    const message =
      resolution.reason === 'cycle'
        ? messages.qrCycle(resolution.via)
        : resolution.reason === 'successor-missing'
          ? messages.qrSuccessorMissing(code, resolution.via.at(-1)!)
          : messages.qrBroken(code, entry.kind === 'path' ? '学习路径' : '模块');
    issues.push({
      ...at(lines.get(code)!),
      field: 'code',
      code: 'qr-broken',
      message,
      allowed: '在这一行加上 supersededBy: 接替它的模块编号，或 retired: 给扫码党员看的说明',
    });
  }

  const missing = [
    ...published
      .filter((module) => !registry.has(module.data.code))
      .map((module) => ({ code: module.data.code, file: module.file, line: module.lineOf(['code']) })),
    ...taxonomy.groups
      .filter((group) => !registry.has(group.id))
      .map((group) => ({ code: group.id, file, line: 1 })),
  ];
  // A warning, not an error: a new module or group must not block the build before its code has
  // been printed; `npm run qr:register` records it for good once it goes out on paper.
  for (const { code, file: where, line } of missing) {
    issues.push({
      file: where,
      line,
      severity: 'warning',
      field: 'code',
      code: 'qr-unregistered',
      message: messages.qrUnregistered(code),
      allowed: '运行 npm run qr:register 自动登记',
    });
  }

  for (const code of history ?? []) {
    if (!registry.has(code)) {
      issues.push({
        ...at(1),
        field: 'registry',
        code: 'qr-deleted',
        message: messages.qrDeleted(code),
        allowed: '恢复这一行；模块下线时改写为 supersededBy 或 retired',
      });
    }
  }
  return issues;
}
