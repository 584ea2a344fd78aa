import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBase32, encodeBase32 } from '../../../../src/lib/progress/base32.ts';
import { crc16 } from '../../../../src/lib/plans/checksums.ts';
import { decodeCompletionCode, encodeCompletionCode } from '../../../../src/lib/progress/completion-code.ts';
import { personKey } from '../../../../src/lib/progress/person-key.ts';
import { packSurvey, readSurvey } from '../../../../src/lib/progress/survey-bytes.ts';

// The topics of content/taxonomy/topics.yaml, in that file's order.
const topics = [
  'theory',
  'party-spirit',
  'situation-policy',
  'knowledge-skills',
  'discipline-integrity',
  'comprehensive',
];
const pathCodes = ['LL-001', 'DX-002', 'ZS-003', 'SZ-004', 'JL-005'];
const record = {
  groupId: 'ordinary',
  planYear: 2027,
  pathCodes,
  studied: new Set(['LL-001', 'ZS-003', 'JL-005']),
  person: personKey('李红', '0456'),
  date: new Date('2027-04-02T00:00:00Z'),
};
const ratings = new Map([
  ['ZS-003', 2 as const],
  ['JL-005', 4 as const],
]);
const survey = (chosen: string[], list = topics) => ({ topics: list, chosen: new Set(chosen) });
const bytesOf = (code: string) => decodeBase32(code.replace(/-/g, ''))!;

function decoded(code: string, topicIds: readonly string[] = topics) {
  const result = decodeCompletionCode(code, topicIds);
  assert.ok(result.ok, code);
  return result;
}

/** Changes a code's bytes and writes a fresh CRC: what a forger with the source can make. */
function reforge(code: string, change: (bytes: number[]) => void): string {
  const bytes = [...bytesOf(code)].slice(0, -2);
  change(bytes);
  const crc = crc16(Uint8Array.from(bytes));
  return encodeBase32(Uint8Array.from([...bytes, crc >> 8, crc & 0xff]));
}

test('codes without a survey are the same bytes as before the survey existed', () => {
  // Made by the encoder before issue 18's survey (format 3, without and with ratings).
  const before = '0CRP-46ZZ-3M2A-785D-6400-BA39-C0';
  const beforeRated = 'GCRP-46ZZ-3M2A-785D-6400-BA0A-00XA-W';
  assert.equal(encodeCompletionCode(record), before);
  assert.equal(encodeCompletionCode({ ...record, ratings }), beforeRated);
  // An answer with nothing ticked, or only topics the site no longer lists, sets no flag.
  assert.equal(encodeCompletionCode({ ...record, survey: survey([]) }), before);
  assert.equal(encodeCompletionCode({ ...record, survey: survey(['gone']) }), before);
  const plain = decoded(before);
  assert.deepEqual([plain.survey, plain.surveyUnknown], [[], 0]);
  assert.deepEqual(
    decoded(beforeRated).ratings,
    new Map([
      [2, 2],
      [4, 4],
    ]),
  );
});

test('a survey round-trips with the ratings, in topic order, and sets bit 6', () => {
  const code = encodeCompletionCode({
    ...record,
    ratings,
    survey: survey(['comprehensive', 'theory', 'knowledge-skills']),
  });
  const result = decoded(code);
  assert.equal(bytesOf(code)[0], 0x80 | 0x40 | 3);
  assert.deepEqual(result.survey, ['theory', 'knowledge-skills', 'comprehensive']);
  assert.equal(result.surveyUnknown, 0);
  assert.deepEqual(result.studiedIndexes, [0, 2, 4]);
  assert.deepEqual(
    result.ratings,
    new Map([
      [2, 2],
      [4, 4],
    ]),
  );
  assert.equal(result.person, personKey('李红', '0456'));
});

test('the survey adds exactly one count byte and ⌈T/8⌉ bitset bytes before the CRC', () => {
  for (const count of [1, 6, 8, 9, 16, 17, 255]) {
    const list = Array.from({ length: count }, (_, i) => topics[i] ?? `topic-${i}`);
    for (const rated of [undefined, ratings]) {
      const plain = bytesOf(encodeCompletionCode({ ...record, ratings: rated }));
      const code = encodeCompletionCode({ ...record, ratings: rated, survey: survey([list.at(-1)!], list) });
      const bytes = bytesOf(code);
      assert.equal(bytes.length, plain.length + 1 + Math.ceil(count / 8), `${count} topics`);
      const start = plain.length - 2;
      assert.equal(bytes[start], count);
      // The last topic's bit is bit (count − 1), most significant bit first.
      assert.equal(bytes[start + 1 + ((count - 1) >> 3)], 0x80 >> ((count - 1) & 7));
      assert.deepEqual(decoded(code, list).survey, [list.at(-1)]);
    }
  }
});

test('topics the decoding site does not know are counted, not named; added topics still read', () => {
  const newer = [...topics, 'digital', 'safety'];
  const code = encodeCompletionCode({ ...record, survey: survey(['theory', 'digital', 'safety'], newer) });
  const older = decoded(code, topics);
  assert.deepEqual([older.survey, older.surveyUnknown], [['theory'], 2]);
  const unnamed = decoded(code, []);
  assert.deepEqual([unnamed.survey, unnamed.surveyUnknown], [[], 3]);
  // A code made before topics were added reads on a site that lists more.
  const old = encodeCompletionCode({ ...record, survey: survey(['comprehensive']) });
  assert.deepEqual(decoded(old, newer).survey, ['comprehensive']);
});

test('a site with more than 255 topics carries its first 255', () => {
  const many = Array.from({ length: 300 }, (_, i) => `t-${i}`);
  assert.equal(packSurvey(survey(['t-299'], many)), undefined);
  const packed = packSurvey(survey(['t-0', 't-299'], many))!;
  assert.equal(packed[0], 255);
  assert.equal(packed.length, 1 + 32);
  assert.deepEqual(readSurvey(Uint8Array.from(packed), many)?.survey, ['t-0']);
});

test('bits past T, or a survey cut short, are refused even with a valid CRC', () => {
  const code = encodeCompletionCode({ ...record, survey: survey(['theory']) });
  // Six topics use six bits of the byte; the last two are padding.
  const padded = reforge(code, (bytes) => (bytes[bytes.length - 1]! |= 0b01));
  assert.deepEqual(decodeCompletionCode(padded, topics), { ok: false, reason: 'layout' });
  const cut = reforge(code, (bytes) => bytes.pop());
  assert.equal(decodeCompletionCode(cut, topics).ok, false);
  for (let i = 0; i < code.replace(/-/g, '').length; i++) {
    const compact = code.replace(/-/g, '');
    const swapped = compact.slice(0, i) + (compact[i] === '7' ? '8' : '7') + compact.slice(i + 1);
    assert.equal(decodeCompletionCode(swapped, topics).ok, false, `change at ${i} went unnoticed`);
  }
});

test('a length is asked for while the survey is incomplete, so codes can be found in a chat', () => {
  const code = encodeCompletionCode({ ...record, survey: survey(['party-spirit']) }).replace(/-/g, '');
  for (let length = 1; length < code.length - 3; length++)
    assert.deepEqual(decodeCompletionCode(code.slice(0, length), topics), { ok: false, reason: 'length' });
  assert.deepEqual(decoded(code).survey, ['party-spirit']);
});
