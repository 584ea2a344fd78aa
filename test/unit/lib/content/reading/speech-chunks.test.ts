import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickChineseVoice, splitForSpeech } from '../../../../../src/lib/content/reading/speech-chunks.ts';

test('a short paragraph is read in one piece, whitespace folded', () => {
  assert.deepEqual(splitForSpeech('  请假须事先\n  报告。 '), ['请假须事先 报告。']);
});

test('a long paragraph is cut after whole sentences, never past the limit', () => {
  const sentence = '党员要按时参加组织生活。';
  const pieces = splitForSpeech(sentence.repeat(5), 30);
  assert.deepEqual(pieces, [sentence.repeat(2), sentence.repeat(2), sentence]);
  assert.equal(pieces.join(''), sentence.repeat(5));
});

test('a sentence longer than the limit is cut hard rather than lost', () => {
  const pieces = splitForSpeech('甲'.repeat(25), 10);
  assert.deepEqual(
    pieces.map((piece) => piece.length),
    [10, 10, 5],
  );
});

test('a mainland Mandarin voice wins over other Chinese voices; none when only other languages', () => {
  const voices = [{ lang: 'en-US' }, { lang: 'zh-TW' }, { lang: 'zh-CN' }];
  assert.equal(pickChineseVoice(voices)?.lang, 'zh-CN');
  assert.equal(pickChineseVoice([{ lang: 'cmn-Hans-CN' }])?.lang, 'cmn-Hans-CN');
  assert.equal(pickChineseVoice([{ lang: 'zh-HK' }])?.lang, 'zh-HK');
  assert.equal(pickChineseVoice([{ lang: 'en-GB' }, { lang: 'ja-JP' }]), undefined);
});
