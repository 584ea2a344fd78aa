import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readContentSources } from '../../src/lib/content/files/sources.ts';
import { validateContent } from '../../src/lib/content/validation/validate-content.ts';
import { REGISTRY_KIND_IDS, REGISTRY_KINDS } from '../../src/schemas/registry-kinds.ts';
import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS } from '../../src/schemas/taxonomy-kinds.ts';

/**
 * The HTML pages under `distDir` that came neither from a checked content file nor from a route
 * file of src/pages with parameters the checked content supplies (a registry kind's pages, under
 * its segment, take that kind's checked entries as `id`). Empty when the site holds only
 * what the checker approved.
 */
export function unexplainedPages(root: string, distDir: string): string[] {
  const sources = readContentSources(root);
  const {
    modules,
    registries,
    taxonomy: { taxonomy },
  } = validateContent(sources);
  // Starlight's docs route: content/pages/<slug>.mdx (or <slug>/index.mdx) becomes <slug>/.
  const pageSlugs = new Set(
    (sources.pages ?? []).map(({ file }) =>
      `${file
        .replace(/^content\/pages\//, '')
        .replace(/(^|\/)index\.mdx$/, '')
        .replace(/\.mdx$/, '')}/`.replace(/^\/$/, ''),
    ),
  );
  const params: Record<string, string[]> = {
    facet: TAXONOMY_KIND_IDS.map((kind) => TAXONOMY_KINDS[kind].segment),
    term: TAXONOMY_KIND_IDS.flatMap((kind) => taxonomy[kind].map((term) => term.id)),
    group: taxonomy.groups.map((group) => group.id),
    id: modules.map((module) => module.data.code.toLowerCase()),
  };
  const registryParams = (file: string) => {
    const kind = REGISTRY_KIND_IDS.find((id) => file.startsWith(`${REGISTRY_KINDS[id].segment}/`));
    if (!kind) return params;
    const ids = registries.records.filter((record) => record.kind === kind).map((record) => record.id);
    return { ...params, id: ids };
  };
  const routes = listFiles(join(root, 'src/pages'))
    .filter((file) => file.endsWith('.astro'))
    .map((file) => routePattern(file, registryParams(file)));
  return listFiles(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/'))
    .filter((page) => !pageSlugs.has(page) && !routes.some((route) => route.test(page)));
}

/** The pages a route file can write, with each named parameter limited to the values content gives it. */
function routePattern(routeFile: string, params: Record<string, string[]>): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const segments = routeFile
    .replace(/(^|\/)index\.astro$/, '')
    .replace(/\.astro$/, '')
    .split('/')
    .filter(Boolean);
  const source = segments
    .map((segment) => {
      const rest = /^\[\.\.\.\w+\]$/.exec(segment);
      if (rest) return '(?:[^/]+/)*';
      const name = /^\[(\w+)\]$/.exec(segment)?.[1];
      if (name === 'page') return '\\d+/';
      if (name)
        return `(?:${(params[name] ?? ['[^/]+']).map((value) => (params[name] ? escape(value) : value)).join('|')})/`;
      return `${escape(segment)}/`;
    })
    .join('');
  return new RegExp(`^${source}$`);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}
