import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRegistries } from '../../../../../src/lib/content/files/registries.ts';
import { checkClasses, classCheckContext } from '../../../../../src/lib/content/validation/class-checks.ts';

const file = 'content/classes/rotation.yaml';
const text = `name: 党支部书记轮训班
kind: rotation
startDate: 2027-04-13
endDate: 2027-04-15
groups: [branch-secretary, nobody]
participants: 40
days:
  - date: 2027-04-13
    sessions:
      - slot: am
        title: 开班式和专题讲座
        modules: [LL-001, JL-006, XX-999]
        lecturers: [teacher-a]
      - slot: am
        title: 分组讨论
        lecturers: [teacher-b, teacher-a]
  - date: 2027-04-16
    sessions:
      - slot: pm
        title: 结业式
  - date: 2027-04-13
    sessions:
      - slot: pm
        title: 座谈
`;

const facts = [
  { file: 'll-001.mdx', data: { code: 'LL-001', status: 'published' as const }, lineOf: () => 1 },
  { file: 'jl-006.mdx', data: { code: 'JL-006', status: 'draft' as const }, lineOf: () => 1 },
];
const context = classCheckContext(facts, { groups: [{ id: 'branch-secretary' }] as never });

function issuesOf(yaml: string) {
  const read = readRegistries({ classes: [{ file, text: yaml }] });
  assert.deepEqual(read.issues, []);
  return checkClasses(read.records, context);
}

test('every class-only problem of a file is reported at once, at its line and field', () => {
  const issues = issuesOf(text).map(({ code, line, field }) => [code, line, field]);
  assert.deepEqual(issues, [
    ['class-day-out-of-range', 17, 'days[1].date'],
    ['class-day-repeated', 21, 'days[2].date'],
    ['class-group-unknown', 5, 'groups[1]'],
    ['class-module-draft', 12, 'days[0].sessions[0].modules[1]'],
    ['class-module-unknown', 12, 'days[0].sessions[0].modules[2]'],
    ['class-lecturer-double-booked', 16, 'days[0].sessions[1].lecturers[1]'],
  ]);
});

test('the messages name the day, the half-day and both sessions, with what is allowed', () => {
  const issues = issuesOf(text);
  const range = issues.find((issue) => issue.code === 'class-day-out-of-range')!;
  assert.equal(range.message, '第 2 天的日期 2027-04-16 不在班次日期 2027-04-13 至 2027-04-15 之内');
  assert.equal(range.allowed, '2027-04-13 至 2027-04-15 之间的日期，或改动 startDate / endDate');
  const booked = issues.find((issue) => issue.code === 'class-lecturer-double-booked')!;
  assert.equal(
    booked.message,
    '授课人「teacher-a」在 2027-04-13 上午同时排了两场课：「开班式和专题讲座」和「分组讨论」',
  );
  assert.equal(booked.severity, 'error');
});

test('reversed dates are one problem, not one per day', () => {
  const issues = issuesOf(text.replace('endDate: 2027-04-15', 'endDate: 2027-04-01'));
  assert.deepEqual(
    issues.filter((issue) => issue.code.startsWith('class-da')).map(({ code, line }) => [code, line]),
    [
      ['class-dates-reversed', 4],
      ['class-day-repeated', 21],
    ],
  );
});

test('entries of other registry kinds are left alone', () => {
  assert.deepEqual(checkClasses([], context), []);
});
