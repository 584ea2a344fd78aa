import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { linkNodeModules } from '../../scripts/lib/link-node-modules.ts';
import { join } from 'node:path';
import { projectRoot } from './content.ts';
import { REGISTRY_KIND_IDS } from '../../src/schemas/registry-kinds.ts';

/**
 * A throw-away copy of the project (code, config, taxonomy; node_modules linked) whose modules
 * are replaced by the given fixture folders, for tests that run the real CLI commands.
 */
export function makeTempProject(
  fixtures: string[],
  { withCurriculum = false } = {},
): { root: string; remove: () => void } {
  // Inside the repository (gitignored): see linkNodeModules for why not under /tmp.
  mkdirSync(join(projectRoot, '.test-projects'), { recursive: true });
  const root = mkdtempSync(join(projectRoot, '.test-projects', 'curriculum-'));
  for (const entry of [
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'src',
    'scripts',
    'content/taxonomy',
    'content/pages',
  ]) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  // The shipped modules and QR registry, for tests about what a change to them breaks.
  if (withCurriculum) {
    // The registries too (venues, lecturers, classes): modules and the QR registry name their entries.
    const registries = REGISTRY_KIND_IDS.map((kind) => `content/${kind}`).filter((dir) =>
      existsSync(join(projectRoot, dir)),
    );
    for (const entry of [
      'content/modules',
      'content/qr-registry.yaml',
      'content/settings.yaml',
      ...registries,
    ]) {
      cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
    }
  }
  linkNodeModules(projectRoot, root);
  for (const fixture of fixtures) {
    cpSync(
      join(projectRoot, 'test', 'fixtures', 'broken', fixture),
      join(root, 'content', 'modules', fixture),
      { recursive: true },
    );
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
