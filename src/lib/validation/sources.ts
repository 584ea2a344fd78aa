import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { TaxonomyKind } from '../../schemas/taxonomy.ts';

/** A file's text with its path relative to the project root. */
export interface SourceFile {
  file: string;
  text: string;
}

export interface ContentSources {
  taxonomy: Partial<Record<TaxonomyKind, SourceFile>>;
  modules: SourceFile[];
  /** content/settings.yaml, when present (every setting has a default). */
  settings?: SourceFile | undefined;
}

/** Where content lives, relative to the project root. */
export const CONTENT_DIRS = {
  modules: 'content/modules',
  taxonomy: 'content/taxonomy',
  settings: 'content/settings.yaml',
} as const;

/** Reads every module and taxonomy file under `root`; the checks themselves never touch the disk. */
export function readContentSources(root: string): ContentSources {
  const read = (path: string): SourceFile => ({
    file: relative(root, path).split('\\').join('/'),
    text: readFileSync(path, 'utf8'),
  });
  const taxonomyDir = join(root, CONTENT_DIRS.taxonomy);
  const taxonomy: ContentSources['taxonomy'] = {};
  for (const name of safeList(taxonomyDir)) {
    const match = /^(tiers|groups|stages|topics|formats)\.ya?ml$/.exec(name);
    if (match) taxonomy[match[1] as TaxonomyKind] = read(join(taxonomyDir, name));
  }
  const modules = listFiles(join(root, CONTENT_DIRS.modules))
    .filter(
      (path) => path.endsWith('.mdx') && !/(^|\/)_/.test(relative(join(root, CONTENT_DIRS.modules), path)),
    )
    .map(read);
  const settingsPath = join(root, CONTENT_DIRS.settings);
  const settings = existsSync(settingsPath) ? read(settingsPath) : undefined;
  return { taxonomy, modules, settings };
}

function listFiles(dir: string): string[] {
  return safeList(dir, true)
    .map((name) => join(dir, name))
    .sort();
}

function safeList(dir: string, recursive = false): string[] {
  try {
    return readdirSync(dir, { recursive }).map(String);
  } catch {
    return [];
  }
}
