import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatIssue } from '../../../../src/lib/validation/report.ts';
import { readContentSources } from '../../../../src/lib/validation/sources.ts';
import { validateContent } from '../../../../src/lib/validation/validate-content.ts';
import { brokenFixture, brokenFixtureNames, projectRoot } from '../../../helpers/content.ts';

// The exact lines a lecturer sees for each kind of broken module (test/fixtures/broken/<name>/).
const expected: Record<string, string[]> = {
  'bad-code': [
    'module.mdx:3  code  格式不正确：「ts1」  (允许: 2–4 个大写字母、连字符和 3 位数字，如 DX-012)',
  ],
  'bad-enum': ['module.mdx:15  status  取值「publish」无效  (允许: draft, published)'],
  'draft-prerequisite': [
    'module.mdx:13  prerequisites[0]  先修模块「TS-002」仍是草稿（draft），发布后会找不到它  (允许: 已发布（published）的模块编号)',
  ],
  'duplicate-code': [
    'b.mdx:3  code  编号 TS-001 已被 test/fixtures/broken/duplicate-code/a.mdx 使用，编号不能重复  (允许: 下一个可用编号 TS-002)',
  ],
  'empty-body': ['module.mdx:17  body  正文为空，模块至少需要一段内容  (允许: 在 frontmatter 之后写正文)'],
  'invalid-date': [
    'module.mdx:14  updated  日期无效：「2026-02-30」  (允许: YYYY-MM-DD 格式的真实日期，如 2026-03-15)',
  ],
  'malformed-yaml': [
    'module.mdx:4:10  frontmatter  YAML 格式错误：冒号位置不对，可能少了空格或引号（Nested mappings are not allowed in compact mappings）  (允许: 键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致)',
  ],
  'missing-prerequisite': ['module.mdx:13  prerequisites[0]  先修模块「TS-404」不存在  (允许: TS-001)'],
  'missing-title': ['module.mdx:2  title  缺少必填字段  (允许: 非空文本)'],
  'negative-hours': [
    'module.mdx:10  hours  必须大于 0，实际是 -2  (允许: 大于 0 的数字，可以是小数，如 1.5)',
  ],
  'prerequisite-later-stage': [
    'module.mdx:13  prerequisites[0]  先修模块「TS-002」属于更晚的阶段「赋能」，本模块在「铸魂」阶段  (允许: 同一阶段或更早阶段的模块)',
  ],
  'prerequisite-cycle': [
    'a.mdx:13  prerequisites  先修关系形成循环：TS-001 → TS-002 → TS-001  (允许: 先修模块必须在本模块之前学习，不能互相依赖)',
  ],
  'tier-group-mismatch': [
    'module.mdx:6  groups[1]  党员分类「入党积极分子」属于 基层党员，但本模块的 tiers 不包含其中任何一层  (允许: 在 tiers 中加入 grassroots，或换一个分类)',
  ],
  'unclosed-component': [
    'module.mdx:20:1  body  MDX 语法错误：组件 <Case> 缺少结束标签 </Case>  (允许: 闭合每个组件标签；正文中的 < 和 { 写成 \\< 和 \\{)',
  ],
  'unknown-component': [
    'module.mdx:22:1  body  未知的组件 <Quiz>  (允许: Objectives, KeyPoints, Case, Discussion, Activity, SelfCheck, LecturerNote)',
  ],
  'unknown-field': [
    'module.mdx:2  hours  缺少必填字段  (允许: 大于 0 的数字，可以是小数，如 1.5)',
    'module.mdx:10  hour  未知字段「hour」，是不是想写 hours？  (允许: title, code, summary, tiers, groups, stage, topic, format, hours, lecturer, objectives, discussion, prerequisites, materials, updated, status)',
  ],
  'unknown-group': [
    'module.mdx:6  groups[1]  未知的党员分类「retired-cadre」  (允许: branch-secretary（党支部书记）, party-staff（党务工作者）, central-group（党委中心组成员）, backbone（骨干党员）, ordinary（普通党员）, near-retirement（临近退休党员）, probationary（预备党员·新进毕业生）, development-target（发展对象）, activist（入党积极分子）)',
  ],
  'zero-hours': ['module.mdx:10  hours  必须大于 0，实际是 0  (允许: 大于 0 的数字，可以是小数，如 1.5)'],
};

describe('validateContent on broken modules', () => {
  test('every fixture folder has an expected message, and the other way round', () => {
    assert.deepEqual(brokenFixtureNames(), Object.keys(expected).sort());
  });

  for (const [name, lines] of Object.entries(expected)) {
    test(`${name}: reports exactly the lecturer-facing lines`, () => {
      // Fixtures hold one or two modules, so most groups' paths are empty; those warnings are
      // tested in path-checks.test.ts.
      const { issues } = validateContent(brokenFixture(name));
      const errors = issues.filter((issue) => issue.severity === 'error');
      const prefix = `test/fixtures/broken/${name}/`;
      assert.deepEqual(
        errors.map(formatIssue),
        lines.map((line) => prefix + line),
      );
    });
  }

  test('problems from many files are all reported in one run', () => {
    const sources = brokenFixture('bad-enum');
    const everything = Object.keys(expected).flatMap((name) => brokenFixture(name).modules);
    const issues = validateContent({ ...sources, modules: everything }).issues.filter((issue) => issue.severity === 'error');
    const files = new Set(issues.map((issue) => issue.file.split('/').slice(0, 4).join('/')));
    assert.equal(files.size, Object.keys(expected).length);
  });
});

describe('validateContent on the shipped curriculum', () => {
  test('the sample modules and taxonomy have no problems', () => {
    const { issues, modules } = validateContent(readContentSources(projectRoot));
    assert.deepEqual(issues.map(formatIssue), []);
    assert.ok(modules.length >= 36, `expected at least 36 sample modules, found ${modules.length}`);
  });
});
