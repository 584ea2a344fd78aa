import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { rosterView } from '../../../../src/lib/ledger/roster-view.ts';
import { GROUPS } from './ledger-fixtures.ts';

const names = Array.from({ length: 120 }, (_, i) => `成员${i + 1}\t普通党员\tN${i + 1}`);
const { rows, problems } = parseRoster(
  ['姓名\t党员类别\t编号', ...names, '成员1\t普通党员\tN1', '坏\t不存在\t'].join('\n'),
  GROUPS,
);

test('pages of 50, clamped to the pages there are', () => {
  const first = rosterView(rows, problems, '', 1);
  assert.deepEqual([first.page, first.pages, first.matched, first.rows.length], [1, 3, 122, 50]);
  const last = rosterView(rows, problems, '', 99);
  assert.deepEqual([last.page, last.rows.length, last.rows.at(-1)!.row.name], [3, 22, '坏']);
  assert.equal(rosterView(rows, problems, '', 0).page, 1);
});

test('the search matches part of a name or a whole 编号, whatever the width and case', () => {
  assert.deepEqual(
    rosterView(rows, problems, '成员11', 1).rows.map(({ row }) => row.name),
    [
      '成员11',
      '成员110',
      '成员111',
      '成员112',
      '成员113',
      '成员114',
      '成员115',
      '成员116',
      '成员117',
      '成员118',
      '成员119',
    ],
  );
  assert.deepEqual(
    rosterView(rows, problems, 'ｎ7', 1).rows.map(({ row }) => row.name),
    ['成员7'],
  );
  const none = rosterView(rows, problems, '没有这个人', 4);
  assert.deepEqual([none.page, none.pages, none.matched, none.rows], [1, 1, 0, []]);
});

test('each row carries its own problems, duplicates and bad 类别 included', () => {
  const view = rosterView(rows, problems, '', 3);
  const flagged = view.rows.filter((entry) => entry.problems.length);
  assert.deepEqual(
    flagged.map(({ row, problems: messages }) => [row.name, messages.length]),
    [
      ['成员1', 1],
      ['坏', 1],
    ],
  );
  assert.match(flagged[0]!.problems[0]!, /^第 122 行 姓名与第 2 行重复/);
  assert.match(flagged[1]!.problems[0]!, /^第 123 行 党员类别「不存在」不认识/);
});
