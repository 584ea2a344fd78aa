/**
 * Finds every cycle in a directed graph given as adjacency lists, each reported once,
 * starting from its smallest node so that the output is stable.
 * Edges to nodes that are not keys of the graph are ignored (reported elsewhere as missing).
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];

  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = normalise(stack.slice(stack.indexOf(next)));
        const key = cycle.join('>');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...cycle, cycle[0]!]);
        }
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(node, 'done');
  };

  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** Rotates a cycle so it starts at its smallest node. */
function normalise(cycle: string[]): string[] {
  const start = cycle.indexOf([...cycle].sort()[0]!);
  return [...cycle.slice(start), ...cycle.slice(0, start)];
}
