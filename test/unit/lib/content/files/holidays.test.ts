import assert from 'node:assert/strict';
import { test } from 'node:test';
import { holidayYearOf, readHolidayFiles } from '../../../../../src/lib/content/files/holidays.ts';

test('a holiday file is named after its year', () => {
  assert.equal(holidayYearOf('content/holidays/2027.yaml'), 2027);
  assert.equal(holidayYearOf('content/holidays/holidays-2027.yaml'), undefined);
  const { files, issues } = readHolidayFiles([
    { file: 'content/holidays/next.yaml', text: 'source: 通知\n' },
  ]);
  assert.deepEqual(files, []);
  assert.deepEqual(
    issues.map((issue) => [issue.line, issue.field, issue.code]),
    [[1, 'holidays', 'holiday-file-name']],
  );
});

test('a bad date or a missing name is named at its line, and the file is left out', () => {
  const text = [
    'source: 通知',
    'holidays:',
    '  - { name: 国庆节, from: 2027-10-01, to: 2027-10-32 }',
    '  - { from: 2027-06-09 }',
    'workdays: [2027-09-26]',
  ].join('\n');
  const { files, issues } = readHolidayFiles([{ file: 'content/holidays/2027.yaml', text }]);
  assert.deepEqual(files, []);
  assert.deepEqual(
    issues.map((issue) => [issue.line, issue.field, issue.code]),
    [
      [3, 'holidays.0.to', 'holiday-file-field'],
      [4, 'holidays.1.name', 'holiday-file-field'],
    ],
  );
});

test('a valid file gives its holidays and 调休 working days', () => {
  const text = 'source: 通知\nholidays:\n  - { name: 端午节, from: 2027-06-09 }\nworkdays: [2027-09-26]\n';
  const { files, issues } = readHolidayFiles([{ file: 'content/holidays/2027.yaml', text }]);
  assert.deepEqual(issues, []);
  assert.equal(files[0]!.holidays[0]!.name, '端午节');
  assert.equal(files[0]!.workdays[0]!.toISOString().slice(0, 10), '2027-09-26');
});
