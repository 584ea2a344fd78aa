import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isoDay } from '../../../../../src/lib/platform/calendar.ts';
import { formatRoles } from '../../../../../src/lib/modules/format-roles.ts';
import { createMonthlySchedule } from '../../../../../src/lib/plans/schedule/monthly.ts';
import { makeModule } from '../../../../helpers/modules.ts';

const modules = [
  makeModule({ code: 'LL-001', format: 'lecture' }),
  makeModule({ code: 'DX-004', format: 'film' }),
  makeModule({ code: 'ZS-002', format: 'practice' }),
  makeModule({ code: 'LL-002', format: 'discussion' }),
  makeModule({ code: 'DX-005', format: 'red-education' }),
];
const roleOf = formatRoles([
  { id: 'film', role: 'film' },
  { id: 'practice', role: 'practice' },
  { id: 'red-education', role: 'practice' },
]);
const schedule = createMonthlySchedule(modules, { startDate: new Date('2027-01-04T00:00:00Z') }, roleOf);

test('twelve monthly theme party days on working days', () => {
  assert.equal(schedule.length, 12);
  assert.equal(isoDay(schedule[0]!.date), '2027-01-04');
  assert.equal(isoDay(schedule[1]!.date), '2027-02-04');
  assert.ok(schedule.every((event) => event.date.getUTCDay() !== 0 && event.date.getUTCDay() !== 6));
});

test('each month has one lesson, one film and one practice slot', () => {
  const first = schedule.find((event) => event.modules.some((m) => m.code === 'DX-004'))!;
  assert.match(first.notes[1]!, /^一片：DX-004/);
  assert.match(first.notes[2]!, /^一实践：ZS-002/);
  const second = schedule[1]!;
  assert.match(second.notes[2]!, /^一实践：DX-005/);
  assert.equal(schedule[5]!.notes[1], '一片：支部自选一部教育影片');
});

test('every module appears exactly once across the year', () => {
  const codes = schedule.flatMap((event) => event.modules.map((module) => module.code)).sort();
  assert.deepEqual(codes, ['DX-004', 'DX-005', 'LL-001', 'LL-002', 'ZS-002']);
});
