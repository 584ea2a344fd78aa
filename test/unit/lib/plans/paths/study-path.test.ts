import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStudyPath } from '../../../../../src/lib/plans/paths/study-path.ts';
import { makeGroup, makeEntry as makeModule, stages } from '../../../../helpers/modules.ts';

const modules = [
  makeModule({ code: 'LL-002', stage: 'empowerment', hours: 3 }),
  makeModule({ code: 'LL-001', stage: 'soul-casting', hours: 2.5, prerequisites: ['ZS-001'] }),
  makeModule({ code: 'ZS-001', stage: 'soul-casting', hours: 1 }),
  makeModule({ code: 'ZS-002', stage: 'innovation', hours: 4, groups: ['backbone'] }),
  makeModule({ code: 'DX-001', stage: 'innovation', hours: 0.5, groups: ['ordinary', 'backbone'] }),
];

test("a path orders its group's modules by stage, then prerequisites, then code", () => {
  const path = createStudyPath(makeGroup(), modules, stages);
  assert.deepEqual(
    path.sections.map((section) => [section.stage.id, section.modules.map((module) => module.data.code)]),
    [
      ['soul-casting', ['ZS-001', 'LL-001']],
      ['empowerment', ['LL-002']],
      ['innovation', ['DX-001']],
    ],
  );
  assert.deepEqual(
    path.modules.map((module) => module.data.code),
    ['ZS-001', 'LL-001', 'LL-002', 'DX-001'],
  );
});

test('hours are subtotalled per stage and compared with the yearly requirement', () => {
  const path = createStudyPath(makeGroup({ requiredHours: 32 }), modules, stages);
  assert.deepEqual(
    path.sections.map((section) => section.hours),
    [3.5, 3, 0.5],
  );
  assert.equal(path.totalHours, 7);
  assert.equal(path.shortfall, 25);
  assert.equal(createStudyPath(makeGroup({ requiredHours: 6 }), modules, stages).shortfall, 0);
});

test('stages without modules for the group are left out; a group with none has an empty path', () => {
  const backbone = createStudyPath(makeGroup({ id: 'backbone' }), modules, stages);
  assert.deepEqual(
    backbone.sections.map((section) => section.stage.id),
    ['innovation'],
  );
  const nobody = createStudyPath(makeGroup({ id: 'nobody', requiredHours: 16 }), modules, stages);
  assert.deepEqual(nobody.sections, []);
  assert.equal(nobody.shortfall, 16);
});
