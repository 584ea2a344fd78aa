import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';
import { readContentSources } from '../../../../../src/lib/content/files/sources.ts';
import { validateContent } from '../../../../../src/lib/content/validation/validate-content.ts';
import { projectRoot } from '../../../../helpers/content.ts';

const module = (code: string, groups: string, hours: number, status = 'published') => ({
  file: `content/modules/${code}.mdx`,
  text: `---\ntitle: 模块${code}\ncode: ${code}\nsummary: 简介\ntiers: [grassroots]\ngroups: [${groups}]\nstage: soul-casting\ntopic: theory\nformat: lecture\nhours: ${hours}\nobjectives: [目标]\nupdated: 2026-03-15\nstatus: ${status}\n---\n\n正文。\n`,
});

const warningsFor = (modules: ReturnType<typeof module>[]) =>
  validateContent({ taxonomy: readContentSources(projectRoot).taxonomy, modules })
    .issues.filter((issue) => issue.severity === 'warning')
    .map(formatIssue);

test('a group whose modules fall short of its yearly 学时 is named, with the numbers', () => {
  const warnings = warningsFor([module('TS-001', 'activist', 10), module('TS-002', 'activist', 2.5)]);
  assert.ok(
    warnings.includes(
      'content/taxonomy/groups.yaml:57  requiredHours  警告 党员类别「入党积极分子」的学习路径共 12.5 学时，达不到年度要求 16 学时（还差 3.5 学时）  (允许: 为该类别增加模块，或调整 requiredHours)',
    ),
    warnings.join('\n'),
  );
});

test('a group with no published modules is named; drafts do not count', () => {
  const warnings = warningsFor([module('TS-001', 'activist', 20), module('TS-002', 'backbone', 40, 'draft')]);
  assert.ok(warnings.some((line) => line.includes('党员类别「骨干党员」还没有任何已发布的模块')));
  assert.ok(!warnings.some((line) => line.includes('入党积极分子')));
});
