import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readContentSources,
  readTaxonomySources,
  type ContentSources,
} from '../../src/lib/content-files/sources.ts';
import { readTaxonomy } from '../../src/lib/content-files/taxonomy.ts';
import type { Taxonomy } from '../../src/schemas/taxonomy-kinds.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * The shipped taxonomy with the modules (.mdx) of one fixture folder under test/fixtures/broken/;
 * its other files (images) are listed as existing files.
 */
export function brokenFixture(name: string): ContentSources {
  const dir = join(projectRoot, 'test', 'fixtures', 'broken', name);
  const names = readdirSync(dir).sort();
  const modules = names
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({
      file: `test/fixtures/broken/${name}/${file}`,
      text: readFileSync(join(dir, file), 'utf8'),
    }));
  const files = names
    .filter((file) => !file.endsWith('.mdx'))
    .map((file) => `test/fixtures/broken/${name}/${file}`);
  return { taxonomy: readContentSources(projectRoot).taxonomy, modules, files };
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
