import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCycles } from '../../../../src/lib/content/graph.ts';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

test('an acyclic graph has no cycles', () => {
  assert.deepEqual(findCycles(graph({ A: ['B'], B: ['C'], C: [] })), []);
});

test('a two-node cycle is reported once, starting at its smallest node', () => {
  assert.deepEqual(findCycles(graph({ B: ['A'], A: ['B'] })), [['A', 'B', 'A']]);
});

test('a node that requires itself is a cycle', () => {
  assert.deepEqual(findCycles(graph({ A: ['A'] })), [['A', 'A']]);
});

test('separate cycles are each reported', () => {
  const cycles = findCycles(graph({ A: ['B'], B: ['C'], C: ['A'], X: ['Y'], Y: ['X'], Z: ['A'] }));
  assert.deepEqual(cycles, [
    ['A', 'B', 'C', 'A'],
    ['X', 'Y', 'X'],
  ]);
});

test('edges to unknown nodes are ignored (they are reported as missing prerequisites)', () => {
  assert.deepEqual(findCycles(graph({ A: ['NOPE'] })), []);
});
