import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planHintLines } from '../../../../scripts/lib/plan-hint.ts';
import { readContentSources } from '../../../../src/lib/content/files/sources.ts';
import { readPlans } from '../../../../src/lib/content/files/plans.ts';
import { validateContent } from '../../../../src/lib/content/validation/validate-content.ts';
import { resolvePlans } from '../../../../src/lib/plans/resolve.ts';
import { FIXED_TODAY, projectRoot } from '../../../helpers/content.ts';

// The shipped project: plan year 2027 and the 2026 pilot's evaluation file with its survey.
const sources = readContentSources(projectRoot);
const report = validateContent(sources, { today: FIXED_TODAY });
const input = {
  modules: report.modules,
  taxonomy: report.taxonomy.taxonomy,
  plans: readPlans(sources.plans ?? [], report.settings.plan.year).records,
  settings: report.settings,
};
const hint = (planYear: number, evaluations = sources.evaluations) =>
  planHintLines({
    evaluations,
    taxonomy: input.taxonomy,
    settings: report.settings,
    planYear,
    plans: resolvePlans(input, planYear),
  });

test("the previous year's survey ranks topics beside the plan and names required modules under the line", () => {
  const lines = hint(2027);
  assert.equal(lines[1], '提示（仅供参考，计划未因此改动）：');
  assert.match(
    lines[2]!,
    /^需求调研（content\/evaluations\/2026\.yaml，412 人回答）与 2027 年计划必修的对照：$/,
  );
  assert.match(lines[3]!, /^ {2}1\. 知识技能：203 人选择（49\.3%）；计划必修 \d+ 个模块、[\d.]+ 学时$/);
  assert.equal(lines.filter((line) => /^ {2}\d\. /.test(line)).length, input.taxonomy.topics.length);
  assert.ok(lines.includes('  XS-001 国企改革深化提升与本单位任务：满意率 77.5%'), lines.join('\n'));
});

test('no survey in the plan year or the year before: no hint', () => {
  assert.deepEqual(hint(2029), []);
  assert.deepEqual(hint(2027, []), []);
});

test('a hint only: the plan is judged, never changed', () => {
  const before = JSON.stringify(resolvePlans(input, 2027).map((plan) => plan.version));
  hint(2027);
  assert.equal(JSON.stringify(resolvePlans(input, 2027).map((plan) => plan.version)), before);
});
