import { existsSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * The folder a route file under src/pages writes for some params, by Astro's rules: `[name]`
 * takes one segment, `[...name]` any number, none when undefined. Throws when the route file does
 * not exist, so a test built on it fails as soon as a route folder is renamed.
 */
export function pageWrittenBy(routeFile: string, params: Record<string, string | undefined>): string {
  if (!existsSync(join(projectRoot, 'src/pages', routeFile))) throw new Error(`no route file ${routeFile}`);
  const segments = routeFile
    .replace(/(\/index)?\.astro$/, '')
    .split('/')
    .map((segment) => segment.replace(/^\[(?:\.\.\.)?(\w+)\]$/, (_, name: string) => params[name] ?? ''))
    .filter(Boolean);
  return `${segments.join('/')}/`;
}
