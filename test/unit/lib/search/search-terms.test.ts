import assert from 'node:assert/strict';
import { test } from 'node:test';
import { searchTermsText } from '../../../../src/lib/search/search-terms.ts';

// A stand-in for the browser's segmenter, so the test does not depend on the ICU dictionary.
const segmenter = {
  segment: (text: string) =>
    text
      .split(/([：、\s])/)
      .filter(Boolean)
      .flatMap((part) => (part === '三会一课' ? ['三', '会', '一课'] : [part]))
      .map((segment) => ({ segment, isWordLike: !/^[：、\s]$/.test(segment) })),
} as unknown as Intl.Segmenter;

test('a keyword goes in as written and as the browser cuts it', () => {
  const words = searchTermsText({ title: '组织生活', keywords: ['三会一课'] }, segmenter).split(' ');
  assert.deepEqual(words, ['三会一课', '组织生活', '三', '会', '一课']);
});

test('a piece that title and keywords share is indexed once, punctuation never', () => {
  const text = searchTermsText({ title: '三会一课：签到', keywords: ['三会一课'] }, segmenter);
  assert.equal(text, '三会一课 三 会 一课 签到');
});

test('the real segmenter cuts a set phrase the dictionary does not know', () => {
  const words = searchTermsText({ title: '题目', keywords: ['三会一课'] }).split(' ');
  assert.equal(words[0], '三会一课');
  assert.ok(words.length > 2, `三会一课 should be cut into pieces, got ${words.join('|')}`);
});
