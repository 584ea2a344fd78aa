import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadPlans, readPlans } from '../../../../../src/lib/content/files/plans.ts';
import { PLAN_LIST_LIMIT } from '../../../../../src/lib/content/files/plan-limits.ts';
import { validateContent } from '../../../../../src/lib/content/validation/validate-content.ts';
import { brokenFixture, FIXED_TODAY } from '../../../../helpers/content.ts';

const plan = (required: string) => `groups:\n  activist:\n    required:${required}\n`;
const codes = (n: number) => Array.from({ length: n }, (_, i) => `TS-${String(i % 1000).padStart(3, '0')}`);

describe('readPlans on huge plans', () => {
  test('a 200,000-entry plan is one located line within seconds, not a crashed checker', () => {
    const text = plan(
      codes(200_000)
        .map((code) => `\n      - ${code}`)
        .join(''),
    );
    const started = performance.now();
    const sources = {
      ...brokenFixture('plan-unknown-module'),
      plans: [{ file: 'content/plans/2027.yaml', text }],
    };
    const issues = validateContent(sources, { today: FIXED_TODAY }).issues.filter(
      (issue) => issue.file === 'content/plans/2027.yaml',
    );
    assert.ok(performance.now() - started < 10_000, 'took longer than ten seconds');
    assert.deepEqual(
      issues.map((issue) => `${issue.line} ${issue.code}`),
      ['1 yaml-too-large'],
    );
  });

  test('a list under the size limit but past the entry limit is one line at the list', () => {
    const text = plan(` [${codes(PLAN_LIST_LIMIT * 20).join(',')}]`);
    const { records, issues } = readPlans([{ file: 'content/plans/2027.yaml', text }], 2027);
    assert.equal(records.length, 0);
    assert.deepEqual(
      issues.map(({ line, field, code, message }) => ({ line, field, code, message })),
      [
        {
          line: 3,
          field: 'groups.activist.required',
          code: 'plan-list-too-long',
          message: `这里列了 20000 项，超过上限 1000 项：一年的计划用不了这么多，检查程序不再逐项检查这个文件`,
        },
      ],
    );
  });
});

describe('plan years', () => {
  test('years from plan.year − 10 to plan.year + 5 are read, others refused at line 1', () => {
    const files = [2016, 2017, 2032, 2033].map((year) => ({
      file: `content/plans/${year}.yaml`,
      text: plan(' []'),
    }));
    const { records, issues } = readPlans(files, 2027);
    assert.deepEqual(
      records.map((record) => record.year),
      [2017, 2032],
    );
    assert.deepEqual(
      issues.map((issue) => `${issue.file}:${issue.line} ${issue.code}`),
      ['content/plans/2016.yaml:1 plan-year-range', 'content/plans/2033.yaml:1 plan-year-range'],
    );
  });

  test('the site data never loads a plan outside the accepted years', () => {
    const root = mkdtempSync(join(tmpdir(), 'plans-'));
    mkdirSync(join(root, 'content', 'plans'), { recursive: true });
    writeFileSync(join(root, 'content', 'settings.yaml'), 'plan:\n  year: 2027\n');
    for (const year of [1900, 2027])
      writeFileSync(join(root, 'content', 'plans', `${year}.yaml`), plan(' []'));
    assert.deepEqual(
      loadPlans(root).map((file) => file.year),
      [2027],
    );
  });
});
