import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addRow, parseRoster, removeRow, updateRow } from '../../../../src/lib/ledger/roster.ts';
import { GROUPS } from './ledger-fixtures.ts';

const start = parseRoster('姓名\t党员类别\n张三\t普通党员\n张三\t普通党员', GROUPS);

test('editing a field returns a new roster, checked again, and leaves the old one as it was', () => {
  assert.equal(start.problems.length, 1);
  const fixed = updateRow(start, 'r2', 'number', ' 0002 ', GROUPS);
  assert.deepEqual(fixed.problems, []);
  assert.equal(fixed.rows[1]!.number, '0002');
  assert.equal(start.rows[1]!.number, '');
  const regrouped = updateRow(fixed, 'r1', 'group', '积极分子', GROUPS);
  assert.equal(regrouped.rows[0]!.groupId, undefined);
  assert.match(regrouped.problems[0]!.message, /^第 2 行 党员类别「积极分子」不认识/);
  assert.equal(updateRow(start, 'r9', 'name', 'x', GROUPS), start);
});

test('an added row takes the next id and row number; removing keeps the others as they are', () => {
  const added = addRow(start, { name: '李四', group: '入党积极分子' }, GROUPS);
  assert.deepEqual(added.rows[2], {
    id: 'r3',
    line: 4,
    name: '李四',
    group: '入党积极分子',
    groupId: 'activist',
    number: '',
    team: '',
  });
  const removed = removeRow(added, 'r2', GROUPS);
  assert.deepEqual(
    removed.rows.map((r) => [r.id, r.line]),
    [
      ['r1', 2],
      ['r3', 4],
    ],
  );
  assert.deepEqual(removed.problems, []);
  assert.equal(addRow(removed, {}, GROUPS).rows[2]!.id, 'r4');
});
