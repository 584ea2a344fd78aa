import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBackup, serialiseBackup } from '../../../../src/lib/ledger/backup.ts';
import {
  createLedgerFromPageData,
  createLedgerPageData,
  type LedgerPageInput,
} from '../../../../src/lib/ledger/page-data.ts';
import { createPlanSchedule } from '../../../../src/lib/plans/schedule/plan-schedule.ts';
import { GROUPS, PATHS, PLAN_MODULES, YEAR } from './ledger-fixtures.ts';

const settings = { startDate: new Date('2027-01-04T00:00:00Z'), discussionGapDays: 14 };
const formats = [{ id: 'lecture', role: 'lesson' as const }];

function input(groupId: keyof typeof PLAN_MODULES): LedgerPageInput {
  const group = GROUPS.find((g) => g.id === groupId)!;
  const required = PLAN_MODULES[groupId].map((m) => ({
    entry: { data: { ...m, format: 'lecture', discussion: [] as string[] } },
  }));
  const plan = { required, themes: [] };
  return {
    group,
    version: group.planVersion,
    events: [
      ...createPlanSchedule('quarterly', plan, settings, formats),
      ...createPlanSchedule('monthly', plan, settings, formats),
    ],
    path: PATHS[groupId]!,
  };
}

const TOPICS = [
  { id: 'theory', name: '政治理论', codePrefix: 'LL' },
  { id: 'party-spirit', name: '党性教育', codePrefix: 'DX' },
];
const data = createLedgerPageData(YEAR, [input('ordinary'), input('activist')], {
  topics: TOPICS,
  satisfactionLine: 85,
});

test('every group with its requirement, plan version, published plans and the year’s sessions by date', () => {
  assert.equal(data.year, YEAR);
  // The needs survey's topics, in the taxonomy's order, with only what the form shows.
  assert.deepEqual(data.topics, [
    { id: 'theory', name: '政治理论' },
    { id: 'party-spirit', name: '党性教育' },
  ]);
  assert.equal(data.satisfactionLine, 85);
  assert.deepEqual(
    data.groups.map(({ id, name, requiredHours, planVersion }) => [id, name, requiredHours, planVersion]),
    [
      ['ordinary', '普通党员', 32, GROUPS[0]!.planVersion],
      ['activist', '入党积极分子', 16, GROUPS[1]!.planVersion],
    ],
  );
  assert.deepEqual(Object.keys(data.paths), ['ordinary', 'activist']);
  assert.equal(data.paths.activist!.current, GROUPS[1]!.planVersion);
  const sessions = data.groups[0]!.sessions;
  assert.equal(sessions.length, 20, '4 studies, 4 discussions, 12 theme days');
  const dates = sessions.map((s) => s.date as string);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)));
  assert.deepEqual(
    Object.keys(sessions.find((s) => s.modules.length)!.modules[0]!),
    ['code', 'hours'],
    'no module titles',
  );
});

test('the data survives JSON, as the page fetches it', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
});

test('a new ledger from the data: the branch, the year, every group and every session, nothing about people', () => {
  const now = new Date('2027-03-01T08:00:00Z');
  const branch = { name: '第一党支部', unit: '运营公司', company: '' };
  const ledger = createLedgerFromPageData(data, branch, now);
  assert.deepEqual(ledger.branch, branch);
  assert.equal(ledger.year, YEAR);
  assert.deepEqual(Object.keys(ledger.groups), ['ordinary', 'activist']);
  assert.deepEqual(ledger.groups.activist, { ...GROUPS[1] });
  assert.equal(ledger.sessions.length, 40);
  assert.ok(ledger.sessions.some((s) => s.id === 'activist/q1-study'));
  assert.deepEqual([ledger.roster, ledger.codes, ledger.attendance], [[], [], {}]);
  assert.equal(ledger.updatedAt, now.toISOString());
  // What the page stores is a valid backup as it stands.
  const restored = parseBackup(serialiseBackup(ledger));
  assert.ok(restored.ok);
  assert.deepEqual(restored.ledger, ledger);
});
