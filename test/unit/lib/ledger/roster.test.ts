import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRoster } from '../../../../src/lib/ledger/roster.ts';
import { GROUPS } from './ledger-fixtures.ts';

test('a pasted sheet with a header and extra columns reads by the header names', () => {
  const roster = parseRoster(
    '序号\t姓名\t性别\t党员类别\t工号\t党小组\n1\t张三\t男\t普通党员\t0012\t第一党小组\n',
    GROUPS,
  );
  assert.deepEqual(roster.problems, []);
  assert.deepEqual(roster.rows, [
    {
      id: 'r1',
      line: 2,
      name: '张三',
      group: '普通党员',
      groupId: 'ordinary',
      number: '0012',
      team: '第一党小组',
    },
  ]);
});

test('without a header the columns are 姓名, 党员类别, then 编号 or 党小组 by what the third holds', () => {
  const numbers = parseRoster('张三,普通党员,A01\n李四,预备党员,B02', GROUPS);
  assert.deepEqual(
    numbers.rows.map((r) => [r.number, r.team, r.groupId]),
    [
      ['A01', '', 'ordinary'],
      ['B02', '', 'probationary'],
    ],
  );
  const teams = parseRoster('张三\t普通党员\t第一党小组', GROUPS);
  assert.equal(teams.rows[0]!.team, '第一党小组');
  const four = parseRoster('张三\t普通党员\t\t夜班', GROUPS);
  assert.deepEqual([four.rows[0]!.number, four.rows[0]!.team], ['', '夜班']);
});

test('every problem is found in one pass and names the row, column, what is wrong and what is allowed', () => {
  const text = ['姓名\t党员类别\t编号', '张三\t入党积极份子\t', '\t普通党员\t', '王五\t\t1234567890123'].join(
    '\n',
  );
  const roster = parseRoster(text, GROUPS);
  assert.equal(roster.rows.length, 3);
  assert.deepEqual(
    roster.problems.map((p) => p.message),
    [
      '第 2 行 党员类别「入党积极份子」不认识，允许：普通党员、入党积极分子、预备党员·新进毕业生',
      '第 3 行 姓名为空，允许：成员的姓名（1–32 个字）',
      '第 4 行 党员类别为空，允许：普通党员、入党积极分子、预备党员·新进毕业生',
      '第 4 行 编号「1234567890123」太长，允许：最多 12 个字符的党员编号或工号，也可以不填',
    ],
  );
  assert.equal(roster.rows[0]!.groupId, undefined);
});

test('duplicates by person key are flagged with both row numbers; a number tells namesakes apart', () => {
  const roster = parseRoster(
    '张三\t普通党员\n李四\t普通党员\n张 三\t入党积极分子\n李四\t普通党员\t0002',
    GROUPS,
  );
  assert.deepEqual(
    roster.problems.map((p) => [p.line, p.column, p.message]),
    [
      [
        3,
        'name',
        '第 3 行 姓名与第 1 行重复（张 三，无编号）：完成码无法区分这两行，允许：删除重复的一行，或为同名的人分别填写编号',
      ],
    ],
  );
});

test('blank lines are skipped and nothing throws on odd input', () => {
  assert.deepEqual(parseRoster('', GROUPS), { rows: [], problems: [] });
  assert.equal(parseRoster('\n\n张三\t普通党员\n\n', GROUPS).rows.length, 1);
  assert.doesNotThrow(() => parseRoster('"\u0000,,,\t\t"', GROUPS));
});

test('1,000 pasted rows parse and check quickly', () => {
  const lines = Array.from({ length: 1000 }, (_, i) => `成员${i}\t普通党员\t${i}\t第${i % 7}党小组`);
  const started = performance.now();
  const roster = parseRoster(lines.join('\n'), GROUPS);
  assert.equal(roster.rows.length, 1000);
  assert.deepEqual(roster.problems, []);
  assert.ok(performance.now() - started < 500, 'parsed in under 0.5 s');
});
