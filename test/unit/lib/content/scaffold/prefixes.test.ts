import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicPrefixes } from '../../../../../src/lib/content/scaffold/prefixes.ts';

const topics = [
  { id: 'theory', nameEn: 'Political theory' },
  { id: 'party-style', nameEn: 'Party style' },
  { id: 'pension', nameEn: 'Pension' },
  { id: 'party-spirit-of-youth', nameEn: 'Spirit of the youth' },
  { id: 'knowledge-skills', nameEn: 'Knowledge and skills', codePrefix: 'ZS' },
];

test('a topic takes the prefix most of its modules use', () => {
  const modules = [
    { code: 'LL-001', topic: 'theory' },
    { code: 'LL-002', topic: 'theory' },
    { code: 'XS-004', topic: 'theory' },
  ];
  assert.equal(topicPrefixes(modules, topics).get('theory'), 'LL');
});

test('the codePrefix the taxonomy gives a topic wins, with or without modules', () => {
  assert.equal(topicPrefixes([], topics).get('knowledge-skills'), 'ZS');
  assert.equal(
    topicPrefixes([{ code: 'ZH-001', topic: 'knowledge-skills' }], topics).get('knowledge-skills'),
    'ZS',
  );
});

test('another topic without modules gets the initials of its English name, unique among topics', () => {
  const prefixes = topicPrefixes([{ code: 'PS-001', topic: 'theory' }], topics);
  // `Party style` would be PS, which theory already uses, so it takes the next free one.
  assert.equal(prefixes.get('party-style'), 'PSA');
  // Small words do not count; one word gives its first two letters, matching [A-Z]{2,4}-\d{3}.
  assert.equal(prefixes.get('party-spirit-of-youth'), 'SY');
  assert.equal(prefixes.get('pension'), 'PE');
});
