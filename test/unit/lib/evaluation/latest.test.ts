import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latestEvaluationFile, latestModuleEvaluation } from '../../../../src/lib/evaluation/latest.ts';
import type { EvaluationFile } from '../../../../src/lib/evaluation/evaluation-file.ts';

const yearFile = (year: number, codes: string[], survey?: EvaluationFile['survey']) => ({
  file: `content/evaluations/${year}.yaml`,
  year,
  data: {
    year,
    modules: codes.map((module) => ({
      module,
      levels: [year - 2000, 0, 0, 0] as [number, number, number, number],
      cards: 0,
    })),
    survey,
  },
});

test('/maintainers/ reads the latest year that evaluated modules, not a newer survey-only file', () => {
  const files = [
    yearFile(2025, ['LL-001']),
    yearFile(2026, ['DX-001']),
    yearFile(2027, [], { respondents: 3, topics: {} }),
  ];
  assert.equal(latestEvaluationFile(files)?.year, 2026);
  assert.equal(latestEvaluationFile([]), undefined);
});

test("a module's result comes from the latest year that has it", () => {
  const files = [yearFile(2026, ['DX-001']), yearFile(2025, ['LL-001', 'DX-001'])];
  assert.equal(latestModuleEvaluation(files, 'DX-001')?.year, 2026);
  assert.deepEqual(latestModuleEvaluation(files, 'DX-001')?.evaluation.levels, [26, 0, 0, 0]);
  assert.equal(latestModuleEvaluation(files, 'LL-001')?.file, 'content/evaluations/2025.yaml');
  assert.equal(latestModuleEvaluation(files, 'ZS-001'), undefined);
});
