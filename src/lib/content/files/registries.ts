import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import {
  REGISTRY_ID,
  REGISTRY_KIND_IDS,
  registryCode,
  registryKindOf,
  type RegistryDataOf,
  type RegistryKind,
} from '../../../schemas/registry-kinds.ts';
import { createIssue, type ContentIssue } from '../validation/issue.ts';
import { toContentIssues } from '../validation/schema-issues.ts';
import { readLocatedYaml } from './located-yaml.ts';
import { CONTENT_ROOT } from './file-set.ts';
/** A file's text with its project-relative path (the shape of `SourceFile`, which sources.ts reads through here). */
interface SourceFile {
  file: string;
  text: string;
}

// Registries (venues, lecturers, classes: REGISTRY_KINDS) are one YAML file per entry under
// content/<kind>/. The checker reads them through `readRegistries` (located issues, never a throw);
// the build reads them through `loadRegistries` after the check has passed.

/** The project-relative folder of a kind: `content/venues`. */
export function registryDir(kind: RegistryKind): string {
  return `${CONTENT_ROOT}/${kind}`;
}

/** An entry's id, from its file name: `content/venues/jinggangshan.yaml` → `jinggangshan`. */
export function registryIdOf(file: string): string {
  return file
    .split('/')
    .pop()!
    .replace(/\.ya?ml$/, '');
}

/** The YAML files of a folder, without `_`-prefixed drafts; sorted, so ids come in file order. */
function yamlNames(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name) && !name.startsWith('_') && !name.startsWith('.'))
      .sort();
  } catch {
    return [];
  }
}

/** Every registry file under `root`, by kind. */
export function readRegistrySources(root: string): Record<RegistryKind, SourceFile[]> {
  return Object.fromEntries(
    REGISTRY_KIND_IDS.map((kind) => [
      kind,
      yamlNames(join(root, registryDir(kind))).map((name) => ({
        file: `${registryDir(kind)}/${name}`,
        text: readFileSync(join(root, registryDir(kind), name), 'utf8'),
      })),
    ]),
  ) as Record<RegistryKind, SourceFile[]>;
}

/** One registry entry that passed its schema, with positions for the cross-checks. */
export interface RegistryRecord<K extends RegistryKind = RegistryKind> {
  kind: K;
  id: string;
  file: string;
  data: RegistryDataOf<K>;
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Each kind's valid entries, and the ids of every file read (valid or not), for references. */
export interface RegistryRead {
  records: RegistryRecord[];
  /** Ids of every file of a kind, parsed or not: a reference to a broken file is not "unknown". */
  ids: Record<RegistryKind, ReadonlySet<string>>;
  issues: ContentIssue[];
}

/** Validates every registry file; a broken one is reported and left out, so other checks go on. */
export function readRegistries(sources: Partial<Record<RegistryKind, readonly SourceFile[]>>): RegistryRead {
  const records: RegistryRecord[] = [];
  const issues: ContentIssue[] = [];
  const ids = {} as Record<RegistryKind, ReadonlySet<string>>;
  for (const kind of REGISTRY_KIND_IDS) {
    const files = sources[kind] ?? [];
    ids[kind] = new Set(files.map(({ file }) => registryIdOf(file)));
    for (const source of files) {
      const id = registryIdOf(source.file);
      if (!REGISTRY_ID.test(id)) {
        issues.push(createIssue('registry-file-name', { file: source.file, line: 1, field: 'file' }, { id }));
        continue;
      }
      const yaml = readLocatedYaml(source, { field: kind });
      issues.push(...yaml.issues);
      if (yaml.issues.length) continue;
      const { schema } = registryKindOf(kind);
      const parsed = schema.safeParse(yaml.data ?? {});
      if (!parsed.success) {
        const context = {
          file: source.file,
          lineOf: yaml.lineOf,
          data: yaml.data,
          positionIn: yaml.positionIn,
        };
        issues.push(...toContentIssues(parsed.error, { ...context, schema }));
        continue;
      }
      records.push({ kind, id, file: source.file, data: parsed.data as never, lineOf: yaml.lineOf });
    }
  }
  return { records, ids, issues };
}

/** One entry as the site uses it. */
export interface RegistryEntryOf<K extends RegistryKind> {
  id: string;
  /** Project-relative file, for messages and the lecturer photo's folder. */
  file: string;
  data: RegistryDataOf<K>;
}

export type Registries = { [K in RegistryKind]: RegistryEntryOf<K>[] };

/** The short code of every entry (`venue-jinggangshan`): what a printed registry QR code may open. */
export function registryShortCodes(registries: Registries): string[] {
  return REGISTRY_KIND_IDS.flatMap((kind) => registries[kind].map(({ id }) => registryCode(kind, id)));
}

/**
 * Reads every registry at build time. The content check has validated each file already (a broken
 * one stops the build with a located message), so parsing here cannot fail.
 */
export function loadRegistries(root = process.cwd()): Registries {
  const sources = readRegistrySources(root);
  return Object.fromEntries(
    REGISTRY_KIND_IDS.map((kind) => [
      kind,
      sources[kind]
        .filter(({ file }) => REGISTRY_ID.test(registryIdOf(file)))
        .map(({ file, text }) => ({
          id: registryIdOf(file),
          file,
          data: registryKindOf(kind).schema.parse(parse(text) ?? {}),
        })),
    ]),
  ) as unknown as Registries;
}
