import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLocatedYaml } from '../../../../../src/lib/content/files/located-yaml.ts';

const read = (text: string, firstLine = 1) =>
  readLocatedYaml({ file: 'content/settings.yaml', text }, { field: 'settings', firstLine });

test('lineOf points at keys and list items in file lines', () => {
  const yaml = read('title: 甲\ngroups:\n  - ordinary\n  - activist\n', 2);
  assert.equal(yaml.lineOf(['title']), 2);
  assert.equal(yaml.lineOf(['groups']), 3);
  assert.equal(yaml.lineOf(['groups', 1]), 5);
});

test('lineOf falls back to the nearest existing parent', () => {
  const yaml = read('title: 甲\ngroups: [a]\n', 2);
  assert.equal(yaml.lineOf(['groups', 7]), 3);
  assert.equal(yaml.lineOf(['missing']), 2);
});

test('a repeated key is a located yaml-syntax issue in Chinese, not a silent overwrite', () => {
  const yaml = read('hours: 2\nhours: 3\n');
  assert.equal(yaml.data, undefined);
  assert.equal(yaml.issues.length, 1);
  assert.deepEqual(
    { ...yaml.issues[0], message: yaml.issues[0]!.message.split('（')[0] },
    {
      file: 'content/settings.yaml',
      line: 2,
      column: 1,
      field: 'settings',
      code: 'yaml-syntax',
      message: 'YAML 格式错误：同一个字段写了两次',
      allowed: '键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致',
      severity: 'error',
      guide: 'writing#frontmatter模块的基本信息',
    },
  );
});

test('a slip the parser reports three times on one line is listed once, naming the first cause', () => {
  const yaml = read('a:\n  - x\n - y\n');
  assert.deepEqual(
    yaml.issues.map((issue) => [issue.line, issue.message.split('（')[0]]),
    [[3, 'YAML 格式错误：冒号位置不对，可能少了空格或引号']],
  );
});

test('an alias bomb is one error and is never expanded; a custom tag is named', () => {
  const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 12; i++)
    rows.push(
      `${'abcdefghijklm'[i]}: &${'abcdefghijklm'[i]} [${Array(9)
        .fill(`*${'abcdefghijklm'[i - 1]}`)
        .join(', ')}]`,
    );
  const bomb = readLocatedYaml({ file: 'groups.yaml', text: rows.join('\n') }, { field: 'groups' });
  assert.equal(bomb.data, undefined);
  assert.deepEqual(
    bomb.issues.map((issue) => `${issue.line} ${issue.code}`),
    ['1 yaml-alias'],
  );
  const tagged = readLocatedYaml(
    { file: 'm.mdx', text: 'title: x\nhours: !!js/function "f"' },
    { field: 'frontmatter' },
  );
  assert.deepEqual(
    tagged.issues.map((issue) => `${issue.line} ${issue.message}`),
    ['2 不允许 YAML 标签「!!js/function」：构建无法读取它'],
  );
});

test('repeated keys are found at any depth, in one pass however many keys a map has', () => {
  const nested = read('review:\n  maxAgeMonths: 1\n  maxAgeMonths: 2\n');
  assert.deepEqual(
    nested.issues.map((issue) => `${issue.line}:${issue.column} ${issue.code}`),
    ['3:3 yaml-syntax'],
  );
  const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join('\n');
  const started = performance.now();
  const many = read(`${keys}\nk7: 2\n`);
  // The parser's own unique-key check took over half a minute here: it compares every pair.
  assert.ok(performance.now() - started < 10_000, 'took longer than ten seconds');
  assert.deepEqual(
    many.issues.map((issue) => `${issue.line} ${issue.code}`),
    ['20001 yaml-syntax'],
  );
});

test('YAML past the size limit is one line at its start and is never parsed', () => {
  const yaml = read(`title: ${'甲'.repeat(100_000)}\n`, 2);
  assert.equal(yaml.data, undefined);
  assert.deepEqual(
    yaml.issues.map((issue) => `${issue.line} ${issue.code} ${issue.message}`),
    ['2 yaml-too-large YAML 有 293 KB，超过上限 256 KB：检查程序不读取这么大的 YAML'],
  );
});

test('positionIn finds a character written literally in a value, not one spelled as an escape', () => {
  const yaml = read('title: 支部\u202e学习\nsummary: "\\u202e"\n', 2);
  assert.deepEqual(yaml.positionIn(['title'], '\u202e'), { line: 2, column: 10 });
  assert.equal(yaml.positionIn(['summary'], '\u202e'), undefined);
});
