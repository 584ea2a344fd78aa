import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContentSources, type ContentSources } from '../../src/lib/validation/sources.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** The shipped taxonomy with the modules of one fixture folder under test/fixtures/broken/. */
export function brokenFixture(name: string): ContentSources {
  const dir = join(projectRoot, 'test', 'fixtures', 'broken', name);
  const modules = readdirSync(dir)
    .sort()
    .map((file) => ({
      file: `test/fixtures/broken/${name}/${file}`,
      text: readFileSync(join(dir, file), 'utf8'),
    }));
  return { taxonomy: readContentSources(projectRoot).taxonomy, modules };
}

export function brokenFixtureNames(): string[] {
  return readdirSync(join(projectRoot, 'test', 'fixtures', 'broken')).sort();
}
