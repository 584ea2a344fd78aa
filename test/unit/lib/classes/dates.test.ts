import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classDateRange, classLength, daysOutsideClass } from '../../../../src/lib/classes/dates.ts';
import { makeClass } from './class-fixtures.ts';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

test('a class spans its first and last day', () => {
  assert.equal(classLength(makeClass()), 3);
  assert.equal(classLength({ startDate: day('2027-06-08'), endDate: day('2027-06-08') }), 1);
});

test('days before the start or after the end are found by their index', () => {
  const trainingClass = makeClass({
    days: [
      { date: '2027-04-12', sessions: [{ slot: 'am', title: '报到' }] },
      { date: '2027-04-13', sessions: [{ slot: 'am', title: '开班式' }] },
      { date: '2027-04-15', sessions: [{ slot: 'am', title: '结业式' }] },
      { date: '2027-04-16', sessions: [{ slot: 'am', title: '返程' }] },
    ],
  });
  assert.deepEqual(daysOutsideClass(trainingClass), [0, 3]);
  assert.deepEqual(daysOutsideClass(makeClass()), []);
});

test('the date range leaves out what the first date already says', () => {
  assert.equal(
    classDateRange({ startDate: day('2027-04-13'), endDate: day('2027-04-15') }),
    '2027年4月13日—15日',
  );
  assert.equal(
    classDateRange({ startDate: day('2027-04-29'), endDate: day('2027-05-01') }),
    '2027年4月29日—5月1日',
  );
  assert.equal(
    classDateRange({ startDate: day('2027-12-30'), endDate: day('2028-01-02') }),
    '2027年12月30日—2028年1月2日',
  );
  assert.equal(classDateRange({ startDate: day('2027-06-08'), endDate: day('2027-06-08') }), '2027年6月8日');
});
