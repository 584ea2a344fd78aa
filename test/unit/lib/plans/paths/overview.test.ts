import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createOverview } from '../../../../../src/lib/plans/paths/overview.ts';
import { createStudyPath } from '../../../../../src/lib/plans/paths/study-path.ts';
import { makeGroup, makeEntry as makeModule, stages } from '../../../../helpers/modules.ts';

test('every group gets a cell for every stage, empty stages as zero', () => {
  const modules = [
    makeModule({ code: 'A-001', stage: 'soul-casting', hours: 2 }),
    makeModule({ code: 'A-002', stage: 'soul-casting', hours: 1.5 }),
    makeModule({ code: 'A-003', stage: 'innovation', hours: 3, groups: ['backbone'] }),
  ];
  const paths = [makeGroup(), makeGroup({ id: 'backbone', name: '骨干党员' })].map((g) =>
    createStudyPath(g, modules, stages),
  );
  const rows = createOverview(paths, stages);
  assert.deepEqual(
    rows.map((row) => row.cells.map((cell) => [cell.count, cell.hours])),
    [
      [
        [2, 3.5],
        [0, 0],
        [0, 0],
      ],
      [
        [0, 0],
        [0, 0],
        [1, 3],
      ],
    ],
  );
});
