import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay } from '../../../../../src/lib/platform/calendar.ts';
import { createQuarterlySchedule } from '../../../../../src/lib/plans/schedule/quarterly.ts';
import { makeModule } from '../../../../helpers/modules.ts';

const modules = Array.from({ length: 8 }, (_, i) =>
  makeModule({ code: `LL-00${i + 1}`, hours: 2, discussion: [`问题${i + 1}`] }),
);
const schedule = createQuarterlySchedule(modules, {
  startDate: new Date('2027-01-04T00:00:00Z'),
  discussionGapDays: 14,
});

test('each quarter has one concentrated study and one separate discussion', () => {
  assert.deepEqual(
    schedule.map((event) => [event.id, event.kind]),
    [
      ['q1-study', 'study'],
      ['q1-discussion', 'discussion'],
      ['q2-study', 'study'],
      ['q2-discussion', 'discussion'],
      ['q3-study', 'study'],
      ['q3-discussion', 'discussion'],
      ['q4-study', 'study'],
      ['q4-discussion', 'discussion'],
    ],
  );
});

test('studies start at quarter boundaries and discussions come after the configured gap', () => {
  assert.deepEqual(
    schedule.filter((event) => event.kind === 'study').map((event) => isoDay(event.date)),
    ['2027-01-04', '2027-04-05', '2027-07-05', '2027-10-04'], // 4 Apr and 4 Jul 2027 are Sundays
  );
  for (let q = 0; q < 4; q++) {
    const study = schedule[q * 2]!;
    const discussion = schedule[q * 2 + 1]!;
    const gap = (discussion.date.getTime() - study.date.getTime()) / 86_400_000;
    assert.ok(gap >= 14 && gap <= 16, `quarter ${q + 1}: gap ${gap} days`);
    const nextStudy = schedule[q * 2 + 2];
    if (nextStudy) assert.ok(discussion.date < nextStudy.date, 'a discussion stays inside its quarter');
  }
});

test("every module is studied once, in path order, and its questions go to that quarter's discussion", () => {
  const studied = schedule
    .filter((event) => event.kind === 'study')
    .flatMap((event) => event.modules.map((m) => m.code));
  assert.deepEqual(
    studied,
    modules.map((module) => module.code),
  );
  assert.deepEqual(schedule[1]!.notes.slice(0, 2), ['LL-001：问题1', 'LL-002：问题2']);
  assert.match(schedule[1]!.notes.at(-1)!, /好办法、金点子、小妙招/);
});

test('a short path leaves later quarters out instead of holding empty sessions', () => {
  const short = createQuarterlySchedule([makeModule({ code: 'A-001' })], {
    startDate: new Date('2027-01-04T00:00:00Z'),
    discussionGapDays: 7,
  });
  assert.equal(short.length, 2);
});
