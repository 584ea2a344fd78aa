import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  evaluationYearOf,
  loadEvaluations,
  readEvaluationFiles,
} from '../../../../../src/lib/content/files/evaluations.ts';
import { CONTENT_DIRS } from '../../../../../src/lib/content/files/sources.ts';
import { emptyModuleEvaluation } from '../../../../../src/lib/evaluation/module-evaluation.ts';
import { evaluationsYaml } from '../../../../../src/lib/rollup/evaluations-yaml.ts';
import { projectRoot } from '../../../../helpers/content.ts';

test('an evaluation file is named after its year and lives in content/evaluations/', () => {
  assert.equal(CONTENT_DIRS.evaluations, 'content/evaluations');
  assert.equal(evaluationYearOf('content/evaluations/2026.yaml'), 2026);
  assert.equal(evaluationYearOf('content/evaluations/eval-2026.yaml'), undefined);
});

test('a valid file is kept with positions; one with a wrong year is left out', () => {
  const text = 'year: 2027\nmodules:\n  - module: LL-001\n    levels: [1, 2, 3, 4]\n';
  const good = readEvaluationFiles([{ file: 'content/evaluations/2027.yaml', text }]);
  assert.deepEqual(good.issues, []);
  assert.equal(good.records[0]?.year, 2027);
  assert.equal(good.records[0]?.lineOf(['modules', 0, 'levels']), 4);
  const wrong = readEvaluationFiles([{ file: 'content/evaluations/2028.yaml', text }]);
  assert.deepEqual(wrong.records, []);
  assert.deepEqual(
    wrong.issues.map((issue) => [issue.line, issue.field, issue.code]),
    [[1, 'year', 'evaluation-year-mismatch']],
  );
});

test('the build reads the shipped 2026 pilot file, with a module under the 80% line', () => {
  const files = loadEvaluations(projectRoot);
  const pilot = files.find((file) => file.year === 2026);
  assert.equal(pilot?.file, 'content/evaluations/2026.yaml');
  assert.ok(pilot?.data.survey, 'the pilot has a needs survey');
  const under = pilot.data.modules.find((entry) => entry.module === 'XS-001');
  assert.deepEqual(under?.levels, [9, 22, 24, 16]);
});

test('the file /rollup/ exports passes the checker as it is written', () => {
  const evaluation = emptyModuleEvaluation('LL-001');
  const text = evaluationsYaml({
    year: 2027,
    source: '某集团党委组织部',
    evaluations: [
      {
        ...evaluation,
        levels: [12, 30, 5, 2],
        cards: 2,
        indicators: { ...evaluation.indicators, theory: [1, 1, 0, 0] },
      },
      { ...emptyModuleEvaluation('DX-001'), levels: [3, 0, 0, 1] },
    ],
    survey: { respondents: 5, topics: [{ topic: 'theory', count: 4 }] },
    topicOrder: ['theory'],
  });
  const { records, issues } = readEvaluationFiles([{ file: 'content/evaluations/2027.yaml', text }]);
  assert.deepEqual(issues, []);
  assert.deepEqual(
    records[0]?.data.modules.map((entry) => [entry.module, entry.cards]),
    [
      ['LL-001', 2],
      ['DX-001', 0],
    ],
  );
  assert.deepEqual(records[0]?.data.survey, { respondents: 5, topics: { theory: 4 } });
});
