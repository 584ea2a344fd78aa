import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addFigures, emptyFigures } from '../../../../src/lib/reports/figures.ts';
import { branchFigures } from './report-fixtures.ts';

test('figures add field by field, 学时 without float artefacts', () => {
  const sum = addFigures(branchFigures(10, 0.1), branchFigures(20, 0.2, '2026-0001'));
  assert.equal(sum.branches, 2);
  assert.deepEqual(sum.hours, { concentrated: 0.3, selfStudy: 1, total: 1.3 });
  const [group] = sum.groups;
  assert.deepEqual(
    [group!.members, group!.participants, group!.reached, group!.attendances],
    [30, 28, 26, 90],
  );
  assert.deepEqual(group!.planVersions, [
    { version: '2026-0001', branches: 1 },
    { version: '2027-4F2A', branches: 1 },
  ]);
  assert.deepEqual(sum.visits, {
    discussions: 8,
    entries: 2,
    branchesVisited: { unit: 2, company: 0, above: 0 },
  });
  assert.deepEqual(sum.evaluations[0]!.levels, [30, 2, 0, 2]);
  assert.deepEqual(sum.survey, { respondents: 30, topics: [{ topic: 'theory', count: 4 }] });
});

test('rolling up in stages gives exactly the figures of all at once', () => {
  const branches = Array.from({ length: 12 }, (_, i) => branchFigures(5 + i, 10.3 + i * 0.7));
  const allAtOnce = addFigures(...branches);
  const units = [
    addFigures(...branches.slice(0, 5)),
    addFigures(...branches.slice(5, 9)),
    addFigures(...branches.slice(9)),
  ];
  assert.deepEqual(addFigures(...units), allAtOnce);
  assert.deepEqual(addFigures(addFigures(units[2]!, units[0]!), units[1]!), allAtOnce);
});

test('nothing added is the empty figures', () => {
  assert.deepEqual(addFigures(), emptyFigures());
});
