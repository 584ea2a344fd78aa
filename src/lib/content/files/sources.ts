import { existsSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { TAXONOMY_KIND_IDS, type TaxonomyKind } from '../../../schemas/taxonomy-kinds.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { CONTENT_ROOT, contentFileRole, PUBLISHED_FILES, type PublishedCollection } from './file-set.ts';
import { readRegistrySources, registryDir } from './registries.ts';
import { REGISTRY_KIND_IDS, type RegistryKind } from '../../../schemas/registry-kinds.ts';
import {
  readRegistryHistory,
  registryHistoryGap,
  type CommittedRegistry,
  type HistoryGap,
} from '../qr/registry-history.ts';

/** A file's text with its path relative to the project root. */
export interface SourceFile {
  file: string;
  text: string;
}

/**
 * The body of a collection entry's file, frontmatter left out. The modules collection keeps no
 * bodies (`retainBody: false` in content.config.ts; at 2,000 modules they were 13 of the content
 * store's 15 MB, parsed into every build), and only the printed packs need one, for their answer
 * keys. `filePath` is relative to the project root, where builds run; no file, no body.
 */
export function readEntryBody(entry: { filePath?: string | undefined }): string {
  return entry.filePath ? splitFrontmatter(readFileSync(resolve(entry.filePath), 'utf8')).body : '';
}

/** content/qr-registry.yaml and every code its Git history ever held. */
export interface RegistryInput {
  source: SourceFile | undefined;
  /** Codes found anywhere in the registry's Git history; undefined when there is no history. */
  history: ReadonlySet<string> | undefined;
  /** Each committed code with its fields as first committed, so a changed entry is caught too. */
  committed?: CommittedRegistry | undefined;
  /** Why that history is incomplete or missing; the check then says so instead of passing silently. */
  historyGap?: HistoryGap | undefined;
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
  /** Site pages (content/pages/**), checked for a title and by the body policy. */
  pages?: SourceFile[] | undefined;
  /** Every file and symlink under content/, so the check can name what Astro would not publish, or would publish unchecked. */
  contentPaths?: ContentPath[] | undefined;
  /** content/plans/*.yaml: the yearly study plans (see `src/lib/content/files/plans.ts`). */
  plans?: SourceFile[] | undefined;
  /**
   * Every SVG under content/ and public/: the build copies them into dist/, where each is a
   * document of the site's origin when opened directly (see `src/lib/content/validation/svg-files.ts`).
   */
  svgs?: SourceFile[] | undefined;
  /** Every file under public/, which Astro copies into dist/ as it is (see `validation/public-files.ts`). */
  publicFiles?: string[] | undefined;
  /** content/holidays/*.yaml: public holidays and 调休 working days (see `content-files/holidays.ts`). */
  holidays?: SourceFile[] | undefined;
  /** content/evaluations/*.yaml: the organizer's yearly 培训评估 aggregates (see `content-files/evaluations.ts`). */
  evaluations?: SourceFile[] | undefined;
  /** content/<kind>/*.yaml of every registry kind (venues, lecturers, classes; see `registries.ts`). */
  registries?: Partial<Record<RegistryKind, SourceFile[]>> | undefined;
}

/** Where content lives, relative to the project root. */
export const CONTENT_DIRS = {
  modules: PUBLISHED_FILES.modules.base,
  public: 'public',
  taxonomy: 'content/taxonomy',
  settings: 'content/settings.yaml',
  registry: 'content/qr-registry.yaml',
  plans: 'content/plans',
  holidays: 'content/holidays',
  evaluations: 'content/evaluations',
  /** Every registry kind is a folder `content/<kind>/` (`registryDir`); the watcher re-checks any of them. */
  registries: CONTENT_ROOT,
  pages: PUBLISHED_FILES.docs.base,
  /** The project's own components: the only files a body may import. */
  components: 'src/components',
} as const;

/** Reads every module and taxonomy file under `root`; the checks themselves never touch the disk. */
export function readContentSources(root: string): ContentSources {
  const read = (path: string) => readSource(root, path);
  const taxonomy = readTaxonomySources(root);
  // One walk of content/ decides every file by the rule Astro's loaders use (see file-set.ts);
  // symlinks are listed, never followed, and the check refuses them.
  const contentPaths = listContentPaths(root);
  const published = (collection: PublishedCollection) =>
    contentPaths
      .filter((entry) => !entry.symlink && isPublishedIn(entry, collection))
      .map(({ file }) => read(join(root, file)));
  const modules = published('modules');
  const pages = published('docs');
  const files = [
    ...contentPaths
      // Module images, and registry files besides the YAML (a lecturer's photo).
      .filter(
        ({ file, symlink }) =>
          !symlink &&
          [CONTENT_DIRS.modules, ...REGISTRY_KIND_IDS.map(registryDir)].some((dir) =>
            file.startsWith(`${dir}/`),
          ),
      )
      .map(({ file }) => file)
      .filter((file) => !file.endsWith('.mdx')),
    ...[...listFiles(join(root, CONTENT_DIRS.public)), ...listFiles(join(root, CONTENT_DIRS.components))].map(
      (path) => relative(root, path).split('\\').join('/'),
    ),
  ];
  const publicFiles = listFiles(join(root, CONTENT_DIRS.public)).map((path) =>
    relative(root, path).split('\\').join('/'),
  );
  // Astro copies public/ whole and any image a page uses: every SVG in either place is checked.
  const svgs = [
    ...contentPaths.filter(({ file, symlink }) => !symlink && isSvg(file)).map(({ file }) => file),
    ...publicFiles.filter(isSvg),
  ].map((file) => read(join(root, file)));
  const settingsPath = join(root, CONTENT_DIRS.settings);
  const settings = existsSync(settingsPath) ? read(settingsPath) : undefined;
  const registryPath = join(root, CONTENT_DIRS.registry);
  const registrySource = existsSync(registryPath) ? read(registryPath) : undefined;
  const committed = readRegistryHistory(root, CONTENT_DIRS.registry);
  const history = committed && new Set(committed.keys());
  // A project that never had a registry (a fixture set) has no printed codes to guard.
  const registry =
    registrySource || history?.size
      ? { source: registrySource, history, committed, historyGap: registryHistoryGap(root) }
      : undefined;
  const plans = listFiles(join(root, CONTENT_DIRS.plans))
    .filter((path) => /\.ya?ml$/.test(path))
    .map(read);
  const holidays = listFiles(join(root, CONTENT_DIRS.holidays))
    .filter((path) => /\.ya?ml$/.test(path))
    .map(read);
  const evaluations = listFiles(join(root, CONTENT_DIRS.evaluations))
    .filter((path) => /\.ya?ml$/.test(path))
    .map(read);
  return {
    taxonomy,
    modules,
    pages,
    contentPaths,
    settings,
    files,
    registry,
    plans,
    holidays,
    evaluations,
    svgs,
    publicFiles,
    registries: readRegistrySources(root),
  };
}

/** An SVG image, plain or gzipped (`.svgz`), in any case a web server maps to image/svg+xml. */
const isSvg = (file: string) => /\.svgz?$/i.test(file);

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

/** A file or symlink under content/. */
export interface ContentPath {
  /** Project-relative, for messages. */
  file: string;
  /** Relative to content/, which decides its role (see `contentFileRole`). */
  path: string;
  symlink: boolean;
}

function isPublishedIn({ path }: ContentPath, collection: PublishedCollection): boolean {
  const role = contentFileRole(path);
  return role.kind === 'published' && role.collection === collection;
}

/** Files and symlinks under content/, sorted; symlinked folders are listed, not entered. */
function listContentPaths(root: string): ContentPath[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, CONTENT_ROOT), { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  const paths = entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => {
      const file = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
      return { file, path: file.slice(CONTENT_ROOT.length + 1), symlink: entry.isSymbolicLink() };
    });
  // A recursive listing enters symlinked folders; what lies behind a link is the link's business.
  const links = paths.filter(({ symlink }) => symlink).map(({ file }) => `${file}/`);
  return paths
    .filter(({ file }) => !links.some((link) => file.startsWith(link)))
    .sort((a, b) => a.file.localeCompare(b.file));
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
