import assert from 'node:assert/strict';
import { test } from 'node:test';
import { modulesWithTerm, sortByStageAndCode, summariseTerms } from '../../../../src/lib/modules/facets.ts';
import { sumHours } from '../../../../src/lib/modules/hours.ts';
import type { ModuleFrontmatter } from '../../../../src/schemas/module.ts';

const module = (code: string, stage: string, hours: number, groups = ['ordinary']): ModuleFrontmatter => ({
  title: code,
  code,
  summary: '',
  keywords: [],
  tiers: ['grassroots'],
  groups,
  stage,
  topic: 'theory',
  format: 'lecture',
  hours,
  objectives: ['x'],
  discussion: [],
  prerequisites: [],
  materials: [],
  updated: new Date('2026-01-01'),
  status: 'published',
});
const stages = [
  { id: 'soul-casting', name: '铸魂', nameEn: '', description: '', order: 1 },
  { id: 'empowerment', name: '赋能', nameEn: '', description: '', order: 2 },
];

test('modules sort by stage order, then by code', () => {
  const sorted = sortByStageAndCode(
    [
      module('B-002', 'empowerment', 1),
      module('B-001', 'empowerment', 1),
      module('Z-009', 'soul-casting', 1),
    ],
    { stages },
  );
  assert.deepEqual(
    sorted.map((m) => m.code),
    ['Z-009', 'B-001', 'B-002'],
  );
});

test('term summaries count modules and add 学时 without float artefacts', () => {
  const modules = [
    module('A-001', 'soul-casting', 0.1),
    module('A-002', 'soul-casting', 0.2, ['backbone']),
    module('A-003', 'empowerment', 1.5),
  ];
  assert.equal(sumHours(modules), 1.8);
  assert.deepEqual(summariseTerms(modules, 'stages', ['soul-casting', 'empowerment', 'innovation']), [
    { id: 'soul-casting', count: 2, hours: 0.3 },
    { id: 'empowerment', count: 1, hours: 1.5 },
    { id: 'innovation', count: 0, hours: 0 },
  ]);
  assert.deepEqual(
    modulesWithTerm(modules, 'groups', 'backbone').map((m) => m.code),
    ['A-002'],
  );
});
