import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createLedger, type Ledger } from '../../../../src/lib/ledger/ledger-state.ts';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { importRoster, tableAsText } from '../../../../src/lib/ledger/roster-import.ts';
import { GROUPS, YEAR } from './ledger-fixtures.ts';

const now = new Date('2027-03-01T00:00:00Z');
const sheet = (...rows: string[]) => parseRoster(['姓名\t党员类别\t编号', ...rows].join('\n'), GROUPS).rows;

function ledgerWith(rows: string[]): Ledger {
  const ledger = importRoster(
    createLedger({ name: '一支部', unit: '', company: '' }, YEAR, GROUPS),
    sheet(...rows),
    'replace',
    now,
  );
  const code = (rowId: string) => ({ rowId }) as Ledger['codes'][number];
  return {
    ...ledger,
    codes: ledger.roster.map((row) => code(row.id)),
    attendance: { r1: { x: '出席' }, r2: { x: '出席' } } as unknown as Ledger['attendance'],
  };
}

test('replacing keeps the ids (and so the codes and marks) of members still listed, and prunes the rest', () => {
  const before = ledgerWith(['王伟\t普通党员\tA1', '李娜\t普通党员\tA2', '张强\t入党积极分子\t']);
  assert.deepEqual(
    before.roster.map((row) => row.id),
    ['r1', 'r2', 'r3'],
  );
  const after = importRoster(
    before,
    sheet('张强\t入党积极分子\t', '赵敏\t普通党员\t', 'Ｗang\t普通党员\t', '王伟\t普通党员\ta1'),
    'replace',
    now,
  );
  assert.deepEqual(
    after.roster.map((row) => [row.id, row.line, row.name]),
    [
      ['r3', 2, '张强'],
      ['r4', 3, '赵敏'],
      ['r5', 4, 'Ｗang'],
      ['r1', 5, '王伟'],
    ],
  );
  assert.deepEqual(
    after.codes.map((code) => code.rowId),
    ['r1', 'r3'],
  );
  assert.deepEqual(Object.keys(after.attendance), ['r1']);
  assert.equal(after.updatedAt, now.toISOString());
});

test('two new rows for one person do not share an id', () => {
  const before = ledgerWith(['王伟\t普通党员\t']);
  const after = importRoster(before, sheet('王伟\t普通党员\t', '王伟\t普通党员\t'), 'replace', now);
  assert.deepEqual(
    after.roster.map((row) => row.id),
    ['r1', 'r2'],
  );
});

test('appending numbers the new rows after the last, with fresh ids, and keeps everything else', () => {
  const before = ledgerWith(['王伟\t普通党员\tA1', '李娜\t普通党员\tA2']);
  const after = importRoster(before, sheet('王伟\t普通党员\tA1', '刘洋\t预备党员\t'), 'append', now);
  assert.deepEqual(
    after.roster.map((row) => [row.id, row.line, row.name, row.groupId]),
    [
      ['r1', 2, '王伟', 'ordinary'],
      ['r2', 3, '李娜', 'ordinary'],
      ['r3', 4, '王伟', 'ordinary'],
      ['r4', 5, '刘洋', 'probationary'],
    ],
  );
  assert.deepEqual(after.codes, before.codes);
  assert.deepEqual(after.attendance, before.attendance);
});

test('an opened file’s rows read as the same roster as the paste, cells with tabs and quotes included', () => {
  const text = tableAsText([
    ['姓名', '党员类别', '编号', '党小组'],
    ['王伟', '普通党员', 'A1', '第一\t党小组'],
    ['李"娜"', '入党积极分子', '', '夜班\n二组'],
  ]);
  assert.deepEqual(
    parseRoster(text, GROUPS).rows.map(({ line, name, team }) => [line, name, team]),
    [
      [2, '王伟', '第一\t党小组'],
      [3, '李"娜"', '夜班\n二组'],
    ],
  );
});
