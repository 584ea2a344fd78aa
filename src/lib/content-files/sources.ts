import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TAXONOMY_KIND_IDS, type TaxonomyKind } from '../../schemas/taxonomy-kinds.ts';
import { readRegistryHistory } from '../qr/registry-history.ts';

/** A file's text with its path relative to the project root. */
export interface SourceFile {
  file: string;
  text: string;
}

/** content/qr-registry.yaml and every code its Git history ever held. */
export interface RegistryInput {
  source: SourceFile | undefined;
  /** Codes found anywhere in the registry's Git history; undefined when there is no history. */
  history: ReadonlySet<string> | undefined;
}

export interface ContentSources {
  taxonomy: Partial<Record<TaxonomyKind, SourceFile>>;
  modules: SourceFile[];
  /** content/settings.yaml, when present (every setting has a default). */
  settings?: SourceFile | undefined;
  /**
   * Project-relative paths of the other files under content/modules/ and public/ (images and
   * attachments), so link and image checks can tell whether a file exists without the disk.
   */
  files?: string[] | undefined;
  registry?: RegistryInput | undefined;
  /** content/plans/*.yaml: the yearly study plans (see `src/lib/content-files/plans.ts`). */
  plans?: SourceFile[] | undefined;
}

/** Where content lives, relative to the project root. */
export const CONTENT_DIRS = {
  modules: 'content/modules',
  public: 'public',
  taxonomy: 'content/taxonomy',
  settings: 'content/settings.yaml',
  registry: 'content/qr-registry.yaml',
  plans: 'content/plans',
} as const;

/** Reads every module and taxonomy file under `root`; the checks themselves never touch the disk. */
export function readContentSources(root: string): ContentSources {
  const read = (path: string) => readSource(root, path);
  const taxonomy = readTaxonomySources(root);
  const moduleDir = join(root, CONTENT_DIRS.modules);
  const moduleFiles = listFiles(moduleDir);
  const modules = moduleFiles
    .filter((path) => path.endsWith('.mdx') && !/(^|\/)_/.test(relative(moduleDir, path)))
    .map(read);
  const files = [
    ...moduleFiles.filter((path) => !path.endsWith('.mdx')),
    ...listFiles(join(root, CONTENT_DIRS.public)),
  ].map((path) => relative(root, path).split('\\').join('/'));
  const settingsPath = join(root, CONTENT_DIRS.settings);
  const settings = existsSync(settingsPath) ? read(settingsPath) : undefined;
  const registryPath = join(root, CONTENT_DIRS.registry);
  const registrySource = existsSync(registryPath) ? read(registryPath) : undefined;
  const history = readRegistryHistory(root, CONTENT_DIRS.registry);
  // A project that never had a registry (a fixture set) has no printed codes to guard.
  const registry = registrySource || history?.size ? { source: registrySource, history } : undefined;
  const plans = listFiles(join(root, CONTENT_DIRS.plans))
    .filter((path) => /\.ya?ml$/.test(path))
    .map(read);
  return { taxonomy, modules, settings, files, registry, plans };
}

/** The project-relative path of a kind's YAML file, as the content config loads it. */
export function taxonomyFilePath(kind: TaxonomyKind): string {
  return `${CONTENT_DIRS.taxonomy}/${kind}.yaml`;
}

/**
 * One YAML file per kind of the taxonomy table, `<kind>.yaml` or `<kind>.yml`; missing ones are
 * left out and reported by the check.
 */
export function readTaxonomySources(root: string): ContentSources['taxonomy'] {
  const taxonomyDir = join(root, CONTENT_DIRS.taxonomy);
  const kinds = new Set<string>(TAXONOMY_KIND_IDS);
  const taxonomy: ContentSources['taxonomy'] = {};
  for (const name of safeList(taxonomyDir)) {
    const kind = /^(.+)\.ya?ml$/.exec(name)?.[1];
    if (kind && kinds.has(kind)) taxonomy[kind as TaxonomyKind] = readSource(root, join(taxonomyDir, name));
  }
  return taxonomy;
}

function readSource(root: string, path: string): SourceFile {
  return { file: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') };
}

/** Every file (not folder) under `dir`, as full paths, sorted. */
function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    return [];
  }
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir).map(String);
  } catch {
    return [];
  }
}
