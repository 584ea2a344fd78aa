import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRollupPageData, currentVersions } from '../../../../src/lib/rollup/page-data.ts';
import { targets } from './rollup-fixtures.ts';

const data = createRollupPageData({
  year: 2027,
  plans: [
    {
      group: { id: 'ordinary', name: '普通党员' },
      targetHours: 32,
      version: '2027-4F2A',
      modules: [
        { code: 'LL-001', topic: 'theory' },
        { code: 'DX-001', topic: 'party-spirit' },
      ],
    },
    {
      group: { id: 'backbone', name: '骨干党员' },
      targetHours: 32,
      version: '2027-1B3C',
      modules: [{ code: 'LL-001', topic: 'theory' }],
    },
  ],
  topics: [
    { id: 'theory', name: '政治理论' },
    { id: 'party-spirit', name: '党性教育' },
    { id: 'situation-policy', name: '形势政策' },
  ],
  modules: [{ code: 'LL-001', title: '学习党章' }],
  visitTargets: targets,
  satisfactionLine: 80,
});

test('topics count the distinct required modules of the year that cover them, in taxonomy order', () => {
  assert.deepEqual(data.topics, [
    { id: 'theory', name: '政治理论', plannedModules: 1 },
    { id: 'party-spirit', name: '党性教育', plannedModules: 1 },
    { id: 'situation-policy', name: '形势政策', plannedModules: 0 },
  ]);
  assert.deepEqual(data.modules, { 'LL-001': '学习党章' });
});

test('current plan versions are known for the plan year only', () => {
  assert.deepEqual(currentVersions(data, 2027), { ordinary: '2027-4F2A', backbone: '2027-1B3C' });
  assert.deepEqual(currentVersions(data, 2026), {});
});
