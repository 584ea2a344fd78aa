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
