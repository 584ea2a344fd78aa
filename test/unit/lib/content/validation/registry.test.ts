import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';
import { readContentSources, type ContentSources } from '../../../../../src/lib/content/files/sources.ts';
import { validateContent } from '../../../../../src/lib/content/validation/validate-content.ts';
import { projectRoot } from '../../../../helpers/content.ts';

const module = (code: string) => ({
  file: `content/modules/${code.toLowerCase()}.mdx`,
  text: `---\ntitle: 模块${code}\ncode: ${code}\nsummary: 简介\ntiers: [grassroots]\ngroups: [activist]\nstage: soul-casting\ntopic: theory\nformat: lecture\nhours: 20\nobjectives: [目标]\nupdated: 2026-03-15\nstatus: published\n---\n\n正文。\n`,
});
const groups = [
  'branch-secretary',
  'party-staff',
  'central-group',
  'backbone',
  'ordinary',
  'near-retirement',
  'probationary',
  'development-target',
  'activist',
];
const pathLines = groups.map((id) => `- code: ${id}\n  kind: path\n  issued: 2026-01-01\n`).join('');

function registryErrors(registryText: string, modules = [module('TS-001')], history?: string[]) {
  const sources: ContentSources = {
    taxonomy: readContentSources(projectRoot).taxonomy,
    modules,
    registry: {
      source: { file: 'content/qr-registry.yaml', text: registryText },
      history: history && new Set(history),
    },
  };
  return validateContent(sources)
    .issues.filter((issue) => issue.code.startsWith('qr-') || issue.field === 'supersededBy')
    .map(formatIssue);
}

test('a complete registry passes', () => {
  assert.deepEqual(registryErrors(`- code: TS-001\n  issued: 2026-01-01\n${pathLines}`), []);
});

test('a printed code whose module was deleted without a successor fails, at its line', () => {
  const errors = registryErrors(
    `- code: TS-001\n  issued: 2026-01-01\n- code: TS-002\n  issued: 2026-01-01\n${pathLines}`,
  );
  assert.deepEqual(errors, [
    'content/qr-registry.yaml:3  code  二维码 TS-002 已经印发，但这个模块已不存在，扫码会打不开  (允许: 在这一行加上 supersededBy: 接替它的模块编号，或 retired: 给扫码党员看的说明)',
  ]);
});

test("a successor or a retirement note keeps a deleted module's code working", () => {
  const registry = `- code: TS-001\n  issued: 2026-01-01\n- code: TS-002\n  issued: 2026-01-01\n  supersededBy: TS-001\n- code: TS-003\n  issued: 2026-01-01\n  retired: 已停用。\n${pathLines}`;
  assert.deepEqual(registryErrors(registry), []);
  const broken = registryErrors(
    `- code: TS-001\n  issued: 2026-01-01\n- code: TS-002\n  issued: 2026-01-01\n  supersededBy: TS-009\n${pathLines}`,
  );
  assert.match(broken[0]!, /二维码 TS-002 指向的接替模块「TS-009」不存在/);
});

test('deleting a registry line is an error, even for a module that is gone', () => {
  const errors = registryErrors(
    `- code: TS-001\n  issued: 2026-01-01\n${pathLines}`,
    [module('TS-001')],
    ['TS-001', 'TS-007'],
  );
  assert.deepEqual(errors, [
    'content/qr-registry.yaml:1  registry  content/qr-registry.yaml 删除了已印发的二维码 TS-007：登记表只能增加，不能删除  (允许: 恢复这一行；模块下线时改写为 supersededBy 或 retired)',
  ]);
});

test('a published module or a path missing from the registry gets a warning to register it', () => {
  const errors = registryErrors(pathLines, [module('TS-001')]);
  assert.deepEqual(errors, [
    'content/modules/ts-001.mdx:3  code  警告 TS-001 还没有登记到 content/qr-registry.yaml，印发它的二维码之前请先登记  (允许: 运行 npm run qr:register 自动登记)',
  ]);
  const noPaths = registryErrors(`- code: TS-001\n  issued: 2026-01-01\n`);
  assert.equal(noPaths.length, groups.length);
});

test('a code registered twice is reported', () => {
  const errors = registryErrors(
    `- code: TS-001\n  issued: 2026-01-01\n- code: TS-001\n  issued: 2026-02-01\n${pathLines}`,
  );
  assert.deepEqual(errors, ['content/qr-registry.yaml:3  code  二维码 TS-001 登记了两次']);
});

/** The short-link clashes of a project with the shipped taxonomy plus `extraGroups` (YAML list items). */
function shortLinkClashes(registryText: string, modules = [module('TS-001')], extraGroups = '') {
  const taxonomy = readContentSources(projectRoot).taxonomy;
  const groupsSource = taxonomy.groups!;
  const sources: ContentSources = {
    taxonomy: { ...taxonomy, groups: { ...groupsSource, text: groupsSource.text + extraGroups } },
    modules,
    registry: { source: { file: 'content/qr-registry.yaml', text: registryText }, history: undefined },
  };
  return validateContent(sources)
    .issues.filter((issue) => issue.code === 'short-link-taken')
    .map((issue) => `${issue.file}:${issue.line} ${issue.message}`);
}

test('a new module may not take the short link printed for a path, in any case', () => {
  const registry = `- code: ts-001\n  kind: path\n  issued: 2026-01-01\n  retired: 已停用。\n${pathLines}`;
  assert.deepEqual(shortLinkClashes(registry), [
    'content/modules/ts-001.mdx:3 模块 TS-001 与已印发的二维码 ts-001（content/qr-registry.yaml:1）的短链接 /q/ts-001/ 冲突：短链接不区分大小写，印出的二维码会打开错误的页面',
  ]);
});

test('a new group may not take the short link printed for a module', () => {
  const group = `- id: ts-001\n  name: 测试党员\n  nameEn: Test\n  description: 测试。\n  tiers: [grassroots]\n  requiredHours: 2\n`;
  const clashes = shortLinkClashes(
    `- code: TS-001\n  issued: 2026-01-01\n${pathLines}`,
    [module('TS-001')],
    group,
  );
  assert.equal(clashes.length, 1);
  assert.match(
    clashes[0]!,
    /^content\/taxonomy\/groups\.yaml:\d+ 党员类别 id「ts-001」与已印发的二维码 TS-001（content\/qr-registry\.yaml:1）/,
  );
});

test('two registry lines that differ only in case are one short link', () => {
  const registry = `- code: TS-001\n  issued: 2026-01-01\n${pathLines}- code: ts-001\n  kind: path\n  issued: 2026-02-01\n  retired: 已停用。\n`;
  assert.deepEqual(shortLinkClashes(registry), [
    `content/qr-registry.yaml:${3 + 3 * groups.length} 已印发的二维码 ts-001 与已印发的二维码 TS-001（content/qr-registry.yaml:1）的短链接 /q/ts-001/ 冲突：短链接不区分大小写，印出的二维码会打开错误的页面`,
  ]);
});
