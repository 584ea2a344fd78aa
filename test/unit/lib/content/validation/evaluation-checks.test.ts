import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkEvaluations } from '../../../../../src/lib/content/validation/evaluation-checks.ts';
import { readTaxonomy } from '../../../../../src/lib/content/files/taxonomy.ts';
import { readTaxonomySources } from '../../../../../src/lib/content/files/sources.ts';
import { projectRoot } from '../../../../helpers/content.ts';

const taxonomy = readTaxonomy(readTaxonomySources(projectRoot)).record;
const facts = [{ file: 'a.mdx', data: { code: 'LL-001' }, lineOf: () => 1 }];
const check = (text: string) =>
  checkEvaluations([{ file: 'content/evaluations/2027.yaml', text }], facts, taxonomy);

test('a file of sound counts for known modules and topics passes', () => {
  const text = [
    'year: 2027',
    'modules:',
    '  - module: LL-001',
    '    levels: [12, 30, 5, 2]',
    '    cards: 2',
    '    indicators:',
    ...['relevance', 'theory', 'information', 'delivery', 'manner'].map((id) => `      ${id}: [1, 1, 0, 0]`),
    'survey:',
    '  respondents: 5',
    '  topics: { theory: 5, party-spirit: 0 }',
  ].join('\n');
  assert.deepEqual(check(text), []);
});

test('an unknown module is only a warning: a retired module keeps its history', () => {
  const issues = check('year: 2027\nmodules:\n  - module: XX-999\n    levels: [1, 0, 0, 0]\n');
  assert.deepEqual(
    issues.map((issue) => [issue.code, issue.severity, issue.line]),
    [['evaluation-module-unknown', 'warning', 3]],
  );
});

test('indicators without cards count as more than the cards', () => {
  const indicators = ['relevance', 'theory', 'information', 'delivery', 'manner'].map(
    (id) => `      ${id}: [0, 0, 0, 0]`,
  );
  indicators[0] = '      relevance: [1, 0, 0, 0]';
  const text = [
    'year: 2027',
    'modules:',
    '  - module: LL-001',
    '    levels: [1, 0, 0, 0]',
    '    indicators:',
    ...indicators,
  ].join('\n');
  assert.deepEqual(
    check(text).map((issue) => [issue.code, issue.field]),
    [['evaluation-indicator-over', 'modules[0].indicators.relevance']],
  );
});
