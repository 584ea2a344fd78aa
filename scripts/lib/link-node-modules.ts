import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Links every entry of the project's node_modules into a scratch project's own node_modules.
 * Linking the folder itself would make Astro and Vite keep their caches (node_modules/.astro,
 * .vite) in ours, shared between runs; and a scratch project outside the repository trips a
 * Vite path bug with linked packages, so scratch projects live inside it (.bench/, .test-projects/).
 */
export function linkNodeModules(root: string, dir: string): void {
  const source = join(root, 'node_modules');
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(source)) {
    if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(source, name), join(target, name));
  }
}
