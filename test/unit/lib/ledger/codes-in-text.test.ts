import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findCodesInText } from '../../../../src/lib/ledger/codes-in-text.ts';
import { encodeLegacyCode } from '../../../../src/lib/progress/legacy-code.ts';
import { makeCode } from './ledger-fixtures.ts';

const a = makeCode('ordinary', '张三');
const b = makeCode('activist', '李四', { studied: 2 });
const c = makeCode('ordinary', 'Tom Lee', { number: 'A7' });

test('every code in a copied WeChat chat is found, whatever surrounds it', () => {
  const chat = [
    '党员学习群',
    '张三 10:32',
    `我的完成码：${a} 👍`,
    '李四 2027-05-01 10:35',
    b.toLowerCase(),
    'Tom 1032',
    `${c}谢谢书记`,
  ].join('\n');
  const found = findCodesInText(chat);
  assert.deepEqual(
    found.map((f) => [f.code, f.line, f.decoded.ok]),
    [
      [a, 3, true],
      [b, 5, true],
      [c, 7, true],
    ],
  );
  assert.equal(chat.slice(found[0]!.start, found[0]!.end), a);
});

test('a code broken by a space or a line break, or with full-width characters, is still found', () => {
  const split = a.slice(0, 12) + ' ' + a.slice(12, 17) + '\n' + a.slice(17);
  const wide = b.replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  const found = findCodesInText(`${split}\n\n${wide}\n${a.replace(/-/g, '')}`);
  assert.deepEqual(
    found.map((f) => f.code),
    [a, b, a],
  );
});

test('two codes on neighbouring lines are read as two, and old-format codes are found too', () => {
  const legacy = encodeLegacyCode({
    groupId: 'ordinary',
    pathCodes: ['LL-001'],
    studied: new Set(['LL-001']),
    hours: 8,
    planYear: 2027,
    date: new Date('2027-05-01T00:00:00Z'),
  });
  const found = findCodesInText(`${a}\n${b} ${legacy}`);
  assert.deepEqual(
    found.map((f) => [f.code, f.decoded.ok && f.decoded.format]),
    [
      [a, 3],
      [b, 3],
      [legacy, 2],
    ],
  );
});

test('something shaped like a code that does not decode is reported as damaged, with the reason', () => {
  const typo = a.slice(0, 5) + (a[5] === 'X' ? 'Y' : 'X') + a.slice(6);
  const found = findCodesInText(`王五：${typo}\n${b}\n时间 2027-05-01 电话 1380-0000-0000`);
  assert.deepEqual(
    found.map((f) => [f.code, f.decoded.ok ? 'ok' : f.decoded.reason]),
    [
      [typo, 'checksum'],
      [b, 'ok'],
    ],
  );
});

test('text without codes gives nothing', () => {
  assert.deepEqual(findCodesInText('大家好，明天上午九点集中学习，请准时参加。ABCD 1234'), []);
  assert.deepEqual(findCodesInText(''), []);
});
