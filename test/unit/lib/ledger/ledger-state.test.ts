import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  changeLedger,
  createLedger,
  ledgerGroups,
  pruneRemovedRows,
} from '../../../../src/lib/ledger/ledger-state.ts';
import { GROUPS, YEAR } from './ledger-fixtures.ts';

const now = new Date('2027-06-01T08:00:00Z');
const empty = createLedger({ name: '一支部', company: '某集团', unit: '某公司' }, YEAR, GROUPS, now);

test('a new ledger holds the branch, year and groups, and nothing else yet', () => {
  assert.deepEqual(empty.roster, []);
  assert.deepEqual([empty.visits, empty.cards, empty.survey], [[], [], { respondents: 0, topics: [] }]);
  assert.equal(empty.updatedAt, '2027-06-01T08:00:00.000Z');
  assert.deepEqual(
    ledgerGroups(empty).map((g) => g.id),
    ['ordinary', 'activist', 'probationary'],
  );
});

test('a change moves the time stamp on and leaves the old value untouched', () => {
  const later = new Date('2027-06-02T08:00:00Z');
  const changed = changeLedger(empty, { year: 2028 }, later);
  assert.equal(changed.year, 2028);
  assert.equal(changed.updatedAt, later.toISOString());
  assert.equal(empty.year, YEAR);
});

test('codes and marks of a removed row go with it', () => {
  const row = {
    id: 'r1',
    line: 2,
    name: '张三',
    group: '普通党员',
    groupId: 'ordinary',
    number: '',
    team: '',
  };
  const code = {
    rowId: 'r2',
    code: 'X',
    date: '2027-05-01',
    groupId: 'ordinary',
    planVersion: 'v',
    modules: [],
    hours: 0,
    ratings: {},
    survey: [],
  };
  const ledger = {
    ...empty,
    roster: [row],
    codes: [code, { ...code, rowId: 'r1' }],
    attendance: { r1: {}, r2: {} },
  };
  const pruned = pruneRemovedRows(ledger);
  assert.deepEqual(
    pruned.codes.map((c) => c.rowId),
    ['r1'],
  );
  assert.deepEqual(Object.keys(pruned.attendance), ['r1']);
});
