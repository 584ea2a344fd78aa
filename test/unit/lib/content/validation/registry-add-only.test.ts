import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'yaml';
import { committedEntries } from '../../../../../src/lib/content/qr/registry-history.ts';
import { readLocatedYaml } from '../../../../../src/lib/content/files/located-yaml.ts';
import {
  checkAddOnly,
  registryChanges,
} from '../../../../../src/lib/content/validation/registry-add-only.ts';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';

// One registry, committed in three spellings; the working tree is compared with what was committed.
const block = `# 登记表
- code: DX-001
  issued: 2026-01-01
- code: DX-002
  issued: 2026-01-01
  supersededBy: DX-001
- code: activist
  kind: path
  issued: 2026-01-01
`;
const flow = `[{code: DX-001, issued: 2026-01-01}, {code: DX-002, issued: 2026-01-01, supersededBy: DX-001},
 {code: activist, kind: path, issued: 2026-01-01}]
`;
const quoted = `- "code": "DX-001"
  'issued': '2026-01-01'
- "code": 'DX-002'
  "issued": "2026-01-01"
  "supersededBy": "DX-001"
- { "code": "activist", "kind": "path", "issued": "2026-01-01" }
`;
const styles = { block, flow, quoted };

const changes = (committed: string[], current: string) =>
  registryChanges({ committed: committedEntries(committed) }, parse(current));

test('the same entries respelled, commented or reindented are no change', () => {
  for (const [name, text] of Object.entries(styles)) {
    for (const current of Object.values(styles)) assert.deepEqual(changes([text], current), [], name);
    const reindented = block.replace(/^- /gm, '-   ').replace(/^ {2}(.*)$/gm, '    $1  # 注释');
    assert.deepEqual(changes([text], `\n\n${reindented}`), [], name);
  }
});

test('a removed entry is found in every spelling', () => {
  const current = `- code: DX-001\n  issued: 2026-01-01\n- code: activist\n  kind: path\n  issued: 2026-01-01\n`;
  for (const [name, text] of Object.entries(styles))
    assert.deepEqual(changes([text], current), [{ kind: 'removed', code: 'DX-002' }], name);
});

test('a changed target, a removed field and a module turned path are changes', () => {
  const current = `- code: DX-001\n  issued: 2026-01-01\n  kind: path\n- code: DX-002\n  issued: 2026-01-02\n- {code: activist, kind: path, issued: 2026-01-01}\n`;
  for (const [name, text] of Object.entries(styles)) {
    assert.deepEqual(
      changes([text], current),
      [
        { kind: 'changed', code: 'DX-001', index: 0, key: 'kind', was: 'module', now: 'path' },
        { kind: 'changed', code: 'DX-002', index: 1, key: 'issued', was: '2026-01-01', now: '2026-01-02' },
        { kind: 'changed', code: 'DX-002', index: 1, key: 'supersededBy', was: 'DX-001', now: undefined },
      ],
      name,
    );
  }
});

test('new entries and new fields on old entries are allowed', () => {
  const current = `${block}  retired: 已停用。\n- code: DX-003\n  issued: 2026-02-01\n`.replace(
    '- code: DX-001\n  issued: 2026-01-01\n',
    '- code: DX-001\n  issued: 2026-01-01\n  kind: module\n  supersededBy: DX-003\n',
  );
  assert.deepEqual(changes([block], current), []);
});

test('the value first committed is the one kept, so a change committed later is still a change', () => {
  const later = block.replace('supersededBy: DX-001', 'supersededBy: DX-009');
  assert.deepEqual(changes([block, later], later), [
    { kind: 'changed', code: 'DX-002', index: 1, key: 'supersededBy', was: 'DX-001', now: 'DX-009' },
  ]);
});

test('a committed version that does not parse still names its codes', () => {
  assert.deepEqual(
    [...committedEntries(['- code: DX-001\n  issued: [\n- "code": DX-002\n']).keys()],
    ['DX-001', 'DX-002'],
  );
});

test('as checker issues: a removal at line 1, a change at the line of the changed field', () => {
  const file = 'content/qr-registry.yaml';
  const current = `- code: DX-002\n  issued: 2026-01-01\n  supersededBy: DX-009\n- code: activist\n  issued: 2026-01-01\n  kind: path\n`;
  const yaml = readLocatedYaml({ file, text: current }, { field: 'registry' });
  assert.deepEqual(checkAddOnly({ committed: committedEntries([quoted]) }, yaml, file).map(formatIssue), [
    'content/qr-registry.yaml:1  registry  content/qr-registry.yaml 删除了已印发的二维码 DX-001：登记表只能增加，不能删除  (允许: 恢复这一行；模块下线时改写为 supersededBy 或 retired)',
    'content/qr-registry.yaml:3  supersededBy  已印发的二维码 DX-002 的 supersededBy 被改动：登记时是「DX-001」，现在是「DX-009」；登记表已有的内容不能改动  (允许: 把 supersededBy 恢复为「DX-001」；模块下线时只能在这一行加上 supersededBy 或 retired)',
  ]);
  const dropped = readLocatedYaml(
    { file, text: current.replace('  supersededBy: DX-009\n', '') },
    { field: 'registry' },
  );
  assert.deepEqual(
    checkAddOnly({ committed: committedEntries([quoted]) }, dropped, file).map(formatIssue)[1],
    'content/qr-registry.yaml:1  supersededBy  已印发的二维码 DX-002 删除了 supersededBy（登记时是「DX-001」）：登记表已有的内容不能改动  (允许: 把 supersededBy 恢复为「DX-001」；模块下线时只能在这一行加上 supersededBy 或 retired)',
  );
});
