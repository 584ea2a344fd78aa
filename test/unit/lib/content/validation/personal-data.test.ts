import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkPersonalData,
  findPersonalNumbers,
} from '../../../../../src/lib/content/validation/personal-data.ts';

test('a mobile number is found however it is spelt', () => {
  for (const spelling of [
    '13812345678',
    '138 1234 5678',
    '138-1234-5678',
    '138.1234.5678',
    '１３８１２３４５６７８',
    '１３８－１２３４－５６７８',
    '+86 138 1234 5678',
    '86-13812345678',
  ]) {
    const found = findPersonalNumbers(`电话：${spelling}。`);
    assert.deepEqual(
      found.map(({ kind, text, column }) => ({ kind, text, column })),
      [{ kind: 'mobile', text: spelling, column: 4 }],
      spelling,
    );
  }
});

test('public numbers, dates and years are not personal numbers', () => {
  for (const text of [
    '0796-6551234',
    '400-123-4567',
    '2027 年',
    '2026-03-15',
    '共 12 学时',
    '12345678901234567890',
  ]) {
    assert.deepEqual(findPersonalNumbers(text), [], text);
  }
});

test('an 18-character ID number with a birth date is found, spaced or not', () => {
  assert.deepEqual(
    findPersonalNumbers('证件 11010519800101123X').map(({ kind }) => kind),
    ['id-number'],
  );
  assert.deepEqual(
    findPersonalNumbers('110105 1980 0101 1234').map(({ kind }) => kind),
    ['id-number'],
  );
  // Eighteen digits without a birth date at 7–14 are some other number.
  assert.deepEqual(findPersonalNumbers('123456789012345678'), []);
});

test('each number is an error at its line, column and YAML key; a list item takes its list’s key', () => {
  const text = 'name: 某基地\nhighlights:\n  - 讲解员电话 13912345678\nbooking: 138 0000 1111\n';
  const issues = checkPersonalData([{ file: 'content/venues/a.yaml', text }]);
  assert.deepEqual(
    issues.map(({ line, column, field, code, severity }) => ({ line, column, field, code, severity })),
    [
      { line: 3, column: 11, field: 'highlights', code: 'personal-mobile', severity: 'error' },
      { line: 4, column: 10, field: 'booking', code: 'personal-mobile', severity: 'error' },
    ],
  );
});

test('lastLine limits the scan to a module’s frontmatter', () => {
  const text = '---\nlecturer: 王老师 13912345678\n---\n正文 13912345678\n';
  assert.equal(checkPersonalData([{ file: 'm.mdx', text, lastLine: 3 }]).length, 1);
});
