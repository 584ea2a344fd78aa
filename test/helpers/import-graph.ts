import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/**
 * The project's import graph read from source text: every `import … from` / `export … from` /
 * `import()` specifier, including type-only ones, resolved to a project-relative path. Bare
 * specifiers (`astro:content`, `yaml`) are kept as they are.
 */
export function readImportGraph(roots: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of roots.flatMap((root) => listSources(root))) {
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map(
      (m) => m[1]!,
    );
    graph.set(
      file,
      specifiers.map((spec) => (spec.startsWith('.') ? normalize(join(dirname(file), spec)) : spec)),
    );
  }
  return graph;
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => normalize(join(entry.parentPath, entry.name)));
}

/** Every import cycle, each as the list of files around it starting from its smallest name. */
export function findImportCycles(graph: Map<string, string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const visit = (file: string, trail: string[]) => {
    const at = trail.indexOf(file);
    if (at >= 0) {
      const cycle = trail.slice(at);
      const start = cycle.indexOf([...cycle].sort()[0]!);
      const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
      cycles.set(canonical.join(' → '), canonical);
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...trail, file]);
    if (trail.length === 0) done.add(file);
  };
  const done = new Set<string>();
  for (const file of graph.keys()) visit(file, []);
  return [...cycles.values()];
}
