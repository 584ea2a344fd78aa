import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSurveyTally, codeSurvey, paperSurvey } from '../../../../src/lib/ledger/survey-forms.ts';

const TOPICS = [
  { id: 'theory', name: '政治理论' },
  { id: 'party-spirit', name: '党性教育' },
];

test('a paper tally is refused when a topic has more choices than forms, or is unknown', () => {
  assert.deepEqual(
    checkSurveyTally({ respondents: 30, topics: [{ topic: 'theory', count: 30 }] }, TOPICS),
    [],
  );
  assert.deepEqual(
    checkSurveyTally(
      {
        respondents: 30,
        topics: [
          { topic: 'theory', count: 31 },
          { topic: 'party-spirit', count: 2.5 },
          { topic: 'cooking', count: 1 },
        ],
      },
      TOPICS,
    ),
    [
      '「政治理论」选了 31 人，多于填表人数 30 人。',
      '「党性教育」的人数应为 0 到 100000 之间的整数。',
      '专题 cooking 不在本站的专题中，允许：政治理论、党性教育。',
    ],
  );
  assert.deepEqual(checkSurveyTally({ respondents: -1, topics: [] }, TOPICS), [
    '填表人数应为 0 到 100000 之间的整数。',
  ]);
});

test('the paper tally is kept without zero counts, topics in id order', () => {
  assert.deepEqual(
    paperSurvey({
      respondents: 5,
      topics: [
        { topic: 'theory', count: 2 },
        { topic: 'party-spirit', count: 0 },
        { topic: 'discipline-integrity', count: 1 },
      ],
    }),
    {
      respondents: 5,
      topics: [
        { topic: 'discipline-integrity', count: 1 },
        { topic: 'theory', count: 2 },
      ],
    },
  );
});

test('each code with a phone answer is one respondent; a topic counts once per code', () => {
  assert.deepEqual(
    codeSurvey([{ survey: ['theory', 'party-spirit'] }, { survey: [] }, { survey: ['theory', 'theory'] }]),
    {
      respondents: 2,
      topics: [
        { topic: 'party-spirit', count: 1 },
        { topic: 'theory', count: 2 },
      ],
    },
  );
});
