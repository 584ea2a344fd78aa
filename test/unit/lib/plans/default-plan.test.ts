import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectRequired } from '../../../../src/lib/plans/default-plan.ts';
import { makeEntry } from '../../../helpers/modules.ts';

const topics = [{ id: 'theory' }, { id: 'party-spirit' }, { id: 'knowledge-skills' }];
const codes = (modules: readonly { data: { code: string } }[]) => modules.map(({ data }) => data.code);
const select = (pool: ReturnType<typeof makeEntry>[], targetHours: number, done: string[] = []) =>
  selectRequired(pool, {
    targetHours,
    topics,
    library: new Set(pool.map(({ data }) => data.code)),
    done: new Set(done),
  });

const library = [
  makeEntry({ code: 'ZS-001', topic: 'knowledge-skills', hours: 4 }),
  makeEntry({ code: 'LL-002', topic: 'theory', hours: 2 }),
  makeEntry({ code: 'LL-001', topic: 'theory', hours: 3 }),
  makeEntry({ code: 'DX-001', topic: 'party-spirit', hours: 1 }),
  makeEntry({ code: 'DX-002', topic: 'party-spirit', hours: 2, prerequisites: ['ZS-001'] }),
];

test('takes modules round the topics, theory and party spirit first, until the requirement is met', () => {
  assert.deepEqual(codes(select(library, 6)), ['LL-001', 'DX-001', 'ZS-001']);
  assert.deepEqual(codes(select(library, 9)), ['LL-001', 'DX-001', 'ZS-001', 'LL-002']);
});

test('a module waits until its prerequisites in the library are taken', () => {
  // DX-002 needs ZS-001, so it is only taken in the round after ZS-001.
  assert.deepEqual(codes(select(library, 100)), ['LL-001', 'DX-001', 'ZS-001', 'LL-002', 'DX-002']);
  // A prerequisite done in an earlier year counts; one outside the library is ignored.
  const pool = [makeEntry({ code: 'DX-002', topic: 'party-spirit', prerequisites: ['ZS-001', 'XX-001'] })];
  const context = {
    targetHours: 2,
    topics,
    library: new Set(['DX-002', 'ZS-001']),
    done: new Set(['ZS-001']),
  };
  assert.deepEqual(codes(selectRequired(pool, context)), ['DX-002']);
});

test('the total stays within [requirement, requirement + largest module]', () => {
  const many = Array.from({ length: 60 }, (_, i) =>
    makeEntry({ code: `LL-${String(i + 1).padStart(3, '0')}`, hours: [0.5, 1, 3, 4][i % 4]! }),
  );
  for (const target of [1, 7.5, 16, 32, 56]) {
    const total = select(many, target).reduce((sum, { data }) => sum + data.hours, 0);
    assert.ok(total >= target && total <= target + 4, `${target}: ${total}`);
  }
});

test('a module added later joins the end of its topic: earlier picks stay the same', () => {
  const before = codes(select(library, 6));
  const added = [...library, makeEntry({ code: 'LL-003', topic: 'theory', hours: 1 })];
  assert.deepEqual(codes(select(added, 6)), before);
});
