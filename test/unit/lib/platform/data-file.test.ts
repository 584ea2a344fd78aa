import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDataFile } from '../../../../src/lib/platform/data-file.ts';

const kind = {
  format: 'demo-file',
  version: 2,
  foreign: '这不是示例文件',
  label: '示例文件',
  writer: '网站',
};

test('a file of the kind opens with its data and version, a byte-order mark and spaces around it or not', () => {
  assert.deepEqual(openDataFile('\uFEFF {"format":"demo-file","version":1,"x":3}\n', kind), {
    ok: true,
    data: { format: 'demo-file', version: 1, x: 3 },
    version: 1,
  });
});

test('empty, cut-short, foreign and newer files are refused with one reason each', () => {
  const problems = (text: string) => {
    const opened = openDataFile(text, kind);
    return opened.ok ? [] : opened.problems;
  };
  assert.deepEqual(problems('  '), ['这不是示例文件：文件是空的。']);
  assert.deepEqual(problems('{"format":"demo-file",'), [
    '这不是示例文件：内容不是完整的 JSON，文件可能已损坏或只保存了一部分。',
  ]);
  assert.deepEqual(problems('[1,2]'), ['这不是示例文件：缺少标记 format: "demo-file"。']);
  assert.deepEqual(problems('{"format":"demo-file","version":3}'), [
    '这个示例文件由更新版本的网站生成（版本 3），本页面只能读取版本 2 及以前的版本。请刷新页面后再导入。',
  ]);
});
