import assert from 'node:assert/strict';
import { test } from 'node:test';
import { writeCsv } from '../../../../src/lib/spreadsheet/write-csv.ts';
import { parseTreeRows, readTreeFile, scopeTree } from '../../../../src/lib/rollup/tree.ts';
import { unitScope } from './rollup-fixtures.ts';

test('a tree with a header reads its columns by name, in any order', () => {
  const tree = parseTreeRows(
    [
      ['序号', '支部', '二级单位', '集团'],
      ['1', '一支部', '一公司', '模拟集团'],
      ['2', '二支部', '二公司', '模拟集团'],
    ],
    'tree.xlsx',
  );
  assert.deepEqual(tree.problems, []);
  assert.deepEqual(tree.branches[1], { company: '模拟集团', unit: '二公司', branch: '二支部', line: 3 });
  assert.deepEqual(
    scopeTree(tree, unitScope('一公司')).map((b) => b.branch),
    ['一支部'],
  );
});

test('bad rows are named by file and row and left out', () => {
  const tree = parseTreeRows(
    [
      ['模拟集团', '一公司', '一支部'],
      ['模拟集团', '', '二支部'],
      ['', '', ''],
      ['模拟集团', '一公司', ' 一支部 '],
    ],
    '组织架构.csv',
  );
  assert.deepEqual(
    tree.branches.map((b) => b.branch),
    ['一支部'],
  );
  assert.deepEqual(tree.problems, [
    '组织架构.csv 第 2 行：二级单位为空，这一行没有计入。允许：每行一个支部，依次为 集团、二级单位、支部 三列，第一行可以是这三个列名。',
    '组织架构.csv 第 4 行：支部「一支部」与第 1 行重复，只计一次。',
  ]);
});

test('a header without the 集团 column is named', () => {
  const tree = parseTreeRows(
    [
      ['二级单位', '支部'],
      ['一公司', '一支部'],
    ],
    't.csv',
  );
  assert.match(tree.problems[0]!, /^t\.csv 第 1 行：缺少「集团」列。/);
});

test('a tree file is read through the spreadsheet layer; an unreadable one is one problem', async () => {
  const bytes = writeCsv(
    [{ header: '集团' }, { header: '二级单位' }, { header: '支部' }],
    [['模拟集团', '一公司', '一支部']],
  );
  const tree = await readTreeFile(bytes, '组织架构.csv');
  assert.deepEqual(
    tree.branches.map((b) => b.branch),
    ['一支部'],
  );
  const bad = await readTreeFile(new Uint8Array([1, 2, 3]), '组织架构.pdf');
  assert.equal(bad.branches.length, 0);
  assert.match(bad.problems[0]!, /组织架构\.pdf 的格式无法读取/);
});
