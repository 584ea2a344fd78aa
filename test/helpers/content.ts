import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readContentSources,
  readTaxonomySources,
  type ContentSources,
} from '../../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../../src/lib/content/files/taxonomy.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy-kinds.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * The shipped taxonomy with the modules (.mdx) and plan files (.yaml) of one fixture folder under
 * test/fixtures/broken/; its other files (images) are listed as existing files. A
 * `content/taxonomy/` folder in the fixture replaces the shipped files of the kinds it holds.
 */
export function brokenFixture(name: string): ContentSources {
  const dir = join(projectRoot, 'test', 'fixtures', 'broken', name);
  const names = readdirSync(dir)
    .filter((entry) => entry !== 'content')
    .sort();
  const modules = names
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({
      file: `test/fixtures/broken/${name}/${file}`,
      text: readFileSync(join(dir, file), 'utf8'),
    }));
  const isPlan = (file: string) => /\.ya?ml$/.test(file);
  const files = names
    .filter((file) => !file.endsWith('.mdx') && !isPlan(file))
    .map((file) => `test/fixtures/broken/${name}/${file}`);
  // A YAML file in a fixture folder is a plan file (content/plans/<year>.yaml).
  const plans = names.filter(isPlan).map((file) => ({
    file: `test/fixtures/broken/${name}/${file}`,
    text: readFileSync(join(dir, file), 'utf8'),
  }));
  const ownTaxonomy = readTaxonomySources(dir);
  for (const source of Object.values(ownTaxonomy))
    source.file = `test/fixtures/broken/${name}/${source.file}`;
  // Only the shipped taxonomy files: reading the whole project (modules, registry history) per
  // fixture made the all-fixtures test take seconds.
  const taxonomy = { ...readTaxonomySources(projectRoot), ...ownTaxonomy };
  // A fixture shaped like a project (content/modules/, content/pages/) is read as the site reads
  // it, so the file-set and page checks see symlinks, stray files and pages.
  const project: Partial<ContentSources> = ['content', 'public'].some((folder) =>
    existsSync(join(dir, folder)),
  )
    ? readContentSources(dir)
    : {};
  const prefixed = <T extends { file: string }>(items: T[] = []) =>
    items.map((item) => ({ ...item, file: `test/fixtures/broken/${name}/${item.file}` }));
  return {
    taxonomy,
    modules: [...modules, ...prefixed(project.modules)],
    pages: prefixed(project.pages),
    contentPaths: prefixed(project.contentPaths),
    // content/settings.yaml and content/holidays/ of a project-shaped fixture (schedule dates).
    settings: project.settings && prefixed([project.settings])[0],
    holidays: prefixed(project.holidays),
    // content/evaluations/ of a project-shaped fixture (the organizer's yearly evaluation files).
    evaluations: prefixed(project.evaluations),
    svgs: prefixed(project.svgs),
    publicFiles: (project.publicFiles ?? []).map((file) => `test/fixtures/broken/${name}/${file}`),
    files,
    plans,
    // content/<kind>/*.yaml of a project-shaped fixture: venues, lecturers, classes.
    registries: Object.fromEntries(
      Object.entries(project.registries ?? {}).map(([kind, sources]) => [kind, prefixed(sources)]),
    ),
  };
}

/** The day fixtures are judged by, so stale-content warnings do not change as time passes. */
export const FIXED_TODAY = new Date('2026-11-21T00:00:00Z');

export function brokenFixtureNames(): string[] {
  return readdirSync(join(projectRoot, 'test', 'fixtures', 'broken')).sort();
}

/** The shipped taxonomy, validated and in file order, as the checker reads it. */
export function loadTaxonomy(): Taxonomy {
  return readTaxonomy(readTaxonomySources(projectRoot)).record.taxonomy;
}
