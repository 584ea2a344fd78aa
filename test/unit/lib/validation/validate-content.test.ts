import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatIssue } from '../../../../src/lib/validation/report.ts';
import { readContentSources } from '../../../../src/lib/content-files/sources.ts';
import { validateContent } from '../../../../src/lib/validation/validate-content.ts';
import { brokenFixture, brokenFixtureNames, FIXED_TODAY, projectRoot } from '../../../helpers/content.ts';

// The exact lines a lecturer sees for each kind of broken module (test/fixtures/broken/<name>/),
// errors and warnings alike, judged on FIXED_TODAY.
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
    'module.mdx:6  groups[1]  党员类别「入党积极分子」属于 基层党员，但本模块的 tiers 不包含其中任何一层  (允许: 在 tiers 中加入 grassroots，或换一个分类)',
  ],
  'unclosed-component': [
    'module.mdx:20:1  body  MDX 语法错误：组件 <Case> 缺少结束标签 </Case>  (允许: 闭合每个组件标签；正文中的 < 和 { 写成 \\< 和 \\{)',
  ],
  'unknown-component': [
    'module.mdx:22:1  body  未知的组件 <Quiz>  (允许: Objectives, KeyPoints, Case, Discussion, Activity, SelfCheck, LecturerNote)',
  ],
  'unknown-field': [
    'module.mdx:2  hours  缺少必填字段  (允许: 大于 0 的数字，可以是小数，如 1.5)',
    'module.mdx:10  hour  未知字段「hour」，是不是想写 hours？  (允许: title, code, summary, topic, stage, format, tiers, groups, hours, lecturer, objectives, discussion, prerequisites, materials, updated, reviewBy, status)',
  ],
  'unknown-group': [
    'module.mdx:6  groups[1]  未知的党员类别「retired-cadre」  (允许: branch-secretary（党支部书记）, party-staff（党务工作者）, central-group（党委中心组成员）, backbone（骨干党员）, ordinary（普通党员）, near-retirement（临近退休党员）, probationary（预备党员·新进毕业生）, development-target（发展对象）, activist（入党积极分子）)',
  ],
  'link-missing-module': ['module.mdx:20:10  body  链接的模块「TS-404」不存在  (允许: TS-001)'],
  'link-draft-module': [
    'module.mdx:20:10  body  链接的模块「TS-002」仍是草稿（draft），发布后这个链接会打不开  (允许: 已发布（published）的模块，或先删除这个链接)',
  ],
  'link-missing-anchor': [
    'module.mdx:20:6  body  模块「TS-002」中没有锚点为「#第三步」的标题  (允许: #第一步读原文, #第二步找问题)',
  ],
  'link-malformed': [
    'module.mdx:20:3  body  站内链接「/modules/TS-002」的写法在网站上打不开  (允许: 改成 ../ts-002/)',
    'module.mdx:21:3  body  链接「./methods.mdx」指向源文件，网站上没有这个地址  (允许: 改成 ../ts-002/)',
  ],
  'link-absolute': [
    'module.mdx:20:3  body  警告 链接「/modules/ts-002/」以 / 开头，网站部署在子路径（BASE_PATH）下时会打不开  (允许: 改成 ../ts-002/)',
  ],
  'image-missing': [
    'module.mdx:20:1  body  图片「./images/election-flow.png」找不到：test/fixtures/broken/image-missing/images/election-flow.png 不存在  (允许: 把图片放到 test/fixtures/broken/image-missing/images/ 中，路径相对于本模块文件)',
  ],
  'image-empty-alt': [
    'module.mdx:20:1  body  图片「./photo.png」缺少替代文字（alt）  (允许: 在 ![ ] 的方括号里用一句话说明图片内容，如 ![支部换届选举流程图](./flow.png))',
  ],
  'image-jsx-relative': [
    'module.mdx:20:1  body  <img> 中的相对路径「./photo.png」不会被处理，网站上显示不出来  (允许: 改用 Markdown 写法 ![图片说明](./photo.png))',
  ],
  'review-due': [
    'module.mdx:16  reviewBy  警告 复核日期 2026-06-30 已过 144 天，内容需要复核  (允许: 复核内容后，把 updated 改为复核当天，并把 reviewBy 改为下一次复核日期)',
  ],
  'content-old': [
    'module.mdx:14  updated  警告 内容已超过 24 个月未更新（上次更新 2024-01-15），应在 2026-01-15 前复核，已过 310 天  (允许: 复核内容后把 updated 改为复核当天；期限由 content/settings.yaml 的 review.maxAgeMonths 设定)',
  ],
  'placeholder-left': [
    'module.mdx:12:5  objectives  还有 2 处模板占位「【待填写】」没有替换，已发布的模块不能保留  (允许: 把每处【待填写】换成正式内容；还没写完就保持 status: draft)',
  ],
  'zero-hours': ['module.mdx:10  hours  必须大于 0，实际是 0  (允许: 大于 0 的数字，可以是小数，如 1.5)'],
};

describe('validateContent on broken modules', () => {
  test('every fixture folder has an expected message, and the other way round', () => {
    assert.deepEqual(brokenFixtureNames(), Object.keys(expected).sort());
  });

  for (const [name, lines] of Object.entries(expected)) {
    test(`${name}: reports exactly the lecturer-facing lines`, () => {
      // Fixtures hold one or two modules, so most groups' paths are empty; those warnings point
      // at groups.yaml and are tested in path-checks.test.ts.
      const { issues } = validateContent(brokenFixture(name), { today: FIXED_TODAY });
      const prefix = `test/fixtures/broken/${name}/`;
      assert.deepEqual(
        issues.filter((issue) => issue.file.startsWith(prefix)).map(formatIssue),
        lines.map((line) => prefix + line),
      );
    });
  }

  test('problems from many files are all reported in one run', () => {
    const sources = brokenFixture('bad-enum');
    const everything = Object.keys(expected).flatMap((name) => brokenFixture(name).modules);
    const issues = validateContent({ ...sources, modules: everything }, { today: FIXED_TODAY }).issues.filter(
      (issue) => issue.file.startsWith('test/fixtures/'),
    );
    const files = new Set(issues.map((issue) => issue.file.split('/').slice(0, 4).join('/')));
    assert.equal(files.size, Object.keys(expected).length);
  });
});

describe('validateContent on the shipped curriculum', () => {
  test('the sample modules and taxonomy have no problems', () => {
    // Judged on a fixed day: the samples will age into review warnings, which is the feature.
    const { issues, modules } = validateContent(readContentSources(projectRoot), { today: FIXED_TODAY });
    assert.deepEqual(issues.map(formatIssue), []);
    assert.ok(modules.length >= 36, `expected at least 36 sample modules, found ${modules.length}`);
  });
});
