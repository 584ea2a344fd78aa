import assert from 'node:assert/strict';
import { test } from 'node:test';
import { surveyText } from '../../../../src/browser/survey/survey-topics.ts';

const topics = [
  { id: 'theory', name: '政治理论' },
  { id: 'party-spirit', name: '党性教育' },
  { id: 'comprehensive', name: '综合素质' },
];

test('chosen topics read by name in the topics’ order; ids the page does not list are left out', () => {
  assert.equal(surveyText(topics, ['comprehensive', 'theory', 'gone']), '政治理论、综合素质');
  assert.equal(surveyText(topics, []), '');
});
