import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDoubleBookings } from '../../../../src/lib/classes/bookings.ts';
import { makeClass } from './class-fixtures.ts';

test('a lecturer in two sessions of different half-days is not double-booked', () => {
  assert.deepEqual(findDoubleBookings(makeClass()), []);
});

test('a lecturer in two sessions of the same half-day is, against the first session', () => {
  const trainingClass = makeClass({
    days: [
      {
        date: '2027-04-13',
        sessions: [
          { slot: 'pm', title: '专题讲座', lecturers: ['teacher-a'] },
          { slot: 'pm', title: '现场教学', venue: 'red-base', lecturers: ['teacher-c', 'teacher-a'] },
          { slot: 'evening', title: '座谈', lecturers: ['teacher-a'] },
        ],
      },
    ],
  });
  const bookings = findDoubleBookings(trainingClass);
  assert.equal(bookings.length, 1);
  const [booking] = bookings;
  assert.equal(booking!.lecturer, 'teacher-a');
  assert.equal(booking!.first.title, '专题讲座');
  assert.equal(booking!.second.title, '现场教学');
  assert.deepEqual(
    [booking!.second.dayIndex, booking!.second.sessionIndex, booking!.lecturerIndex],
    [0, 1, 1],
  );
});

test('a name written twice in one session is not two places at once', () => {
  const trainingClass = makeClass({
    days: [
      { date: '2027-04-13', sessions: [{ slot: 'am', title: '讲座', lecturers: ['王老师', '王老师'] }] },
    ],
  });
  assert.deepEqual(findDoubleBookings(trainingClass), []);
});
