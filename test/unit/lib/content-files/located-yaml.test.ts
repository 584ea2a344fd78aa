import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLocatedYaml } from '../../../../src/lib/content-files/located-yaml.ts';

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
