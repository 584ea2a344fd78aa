import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateContent } from '../../../../../src/lib/content/validation/validate-content.ts';
import { brokenFixture, FIXED_TODAY } from '../../../../helpers/content.ts';

/** A fixture module, published for `groups` unless said otherwise. */
function module(
  code: string,
  hours: number,
  extra: { groups?: string; status?: string; prerequisites?: string } = {},
) {
  const text = `---
title: 示例 ${code}
code: ${code}
summary: 示例模块。
tiers: [grassroots]
groups: [${extra.groups ?? 'activist'}]
stage: soul-casting
topic: theory
format: lecture
hours: ${hours}
objectives:
  - 能说出本课要点
prerequisites: [${extra.prerequisites ?? ''}]
updated: 2026-03-15
status: ${extra.status ?? 'published'}
---

正文。
`;
  return { file: `test/plan/${code.toLowerCase()}.mdx`, text };
}

const modules = [
  module('TS-001', 4),
  module('TS-002', 4, { prerequisites: 'TS-001' }),
  module('TS-003', 2, { status: 'draft' }),
  module('TS-004', 2, { groups: 'ordinary' }),
  module('TS-005', 2, { prerequisites: 'TS-006' }),
  module('TS-006', 2),
];

// One plan with every kind of mistake an organizer can make; each line is commented with the one it makes.
const plan = `themes:
  - quarter: 5 # quarter out of range
    theme: 研讨
groups:
  activist:
    required:
      - TS-002 # its prerequisite TS-001 comes later
      - TS-404 # unknown
      - TS-003 # draft
      - TS-004 # not meant for activists
      - TS-001
      - TS-001 # planned twice
      - TS-005 # its prerequisite TS-006 is not required
      - { code: TS-001, month: 13 } # month out of range (and planned again)
      - { code: TS-002, quarter: 1, month: 5 } # month not in that quarter (and planned again)
    electives:
      - TS-002 # both required and elective
  retired-cadre: # no such group
    required: [TS-001]
`;

describe('checkPlans', () => {
  test('a hand-written plan full of mistakes reports every one of them at once', () => {
    const sources = {
      ...brokenFixture('bad-enum'),
      modules,
      plans: [{ file: 'test/plan/2027.yaml', text: plan }],
    };
    const issues = validateContent(sources, { today: FIXED_TODAY }).issues.filter(
      (issue) => issue.file === 'test/plan/2027.yaml',
    );
    const found = issues.map((issue) => `${issue.line} ${issue.code} ${issue.severity}`);
    assert.deepEqual(found, [
      '2 plan-when-range error',
      '6 plan-hours-short error',
      '7 plan-prerequisite-later error',
      '8 plan-module-unknown error',
      '9 plan-module-draft error',
      '10 plan-module-not-for-group error',
      '12 plan-module-repeated error',
      '13 plan-prerequisite-unplanned error',
      '14 plan-module-repeated error',
      '14 plan-when-range error',
      '15 plan-module-repeated error',
      '15 plan-when-conflict error',
      '17 plan-module-both error',
      '18 plan-group-unknown error',
    ]);
  });

  test('a listed module whose frontmatter failed is present: no 不存在, no shortfall it cannot judge', () => {
    const broken = {
      ...module('TS-001', 16),
      text: module('TS-001', 16).text.replace('hours: 16', 'hours: 两小时'),
    };
    const sources = {
      ...brokenFixture('bad-enum'),
      modules: [broken, module('TS-002', 4)],
      plans: [
        { file: 'test/plan/2027.yaml', text: 'groups:\n  activist:\n    required: [TS-001, TS-002]\n' },
      ],
    };
    const issues = validateContent(sources, { today: FIXED_TODAY }).issues;
    assert.deepEqual(
      issues
        .filter((issue) => issue.file.startsWith('test/plan/'))
        .map((issue) => `${issue.file}:${issue.line} ${issue.code}`),
      ['test/plan/ts-001.mdx:10 field-type'],
    );
  });

  test('a failed module with valid hours counts toward the plan, so a real shortfall still shows', () => {
    const broken = {
      ...module('TS-001', 4),
      text: module('TS-001', 4).text.replace('2026-03-15', '2026-02-30'),
    };
    const sources = {
      ...brokenFixture('bad-enum'),
      modules: [broken, module('TS-002', 4)],
      plans: [
        { file: 'test/plan/2027.yaml', text: 'groups:\n  activist:\n    required: [TS-001, TS-002]\n' },
      ],
    };
    const short = validateContent(sources, { today: FIXED_TODAY }).issues.filter(
      (issue) => issue.code === 'plan-hours-short',
    );
    assert.deepEqual(
      short.map((issue) => issue.message),
      ['党员类别「入党积极分子」2027 年计划的必修共 8 学时，达不到年度要求 16 学时（还差 8 学时）'],
    );
  });

  test('a default plan below the requirement is a warning at the group, an explicit one an error at the plan', () => {
    // Three-year rotation over 20 学时 for activists (16 a year): the second year gets only 4.
    const library = [module('TS-001', 8), module('TS-002', 8), module('TS-003', 4)];
    const settings = {
      file: 'content/settings.yaml',
      text: 'plan:\n  year: 2028\nrotation:\n  years: 3\n  startYear: 2027\n',
    };
    const sources = { ...brokenFixture('bad-enum'), modules: library, settings };
    const warnings = validateContent(sources, { today: FIXED_TODAY }).issues.filter(
      (issue) => issue.code === 'default-plan-short',
    );
    assert.equal(warnings.length, 1);
    assert.equal(warnings[0]!.severity, 'warning');
    assert.match(warnings[0]!.file, /groups\.yaml$/);
    assert.match(warnings[0]!.message, /入党积极分子」2028 年（3 年轮训的第 2 年）的默认计划只有 4 学时/);
  });
});
