import ICAL from 'ical.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toClassCalendar } from '../../../../src/lib/classes/ics.ts';
import { makeClass } from './class-fixtures.ts';

const ics = toClassCalendar(makeClass(), {
  id: '2027-rotation-1',
  uidDomain: 'dangjian.example.cn',
  stamp: new Date('2026-11-21T08:00:00Z'),
  sequence: 29_400_000,
  url: 'https://dangjian.example.cn/classes/2027-rotation-1/',
  locationOf: (id) => (id === 'red-base' ? '红色教育基地，江西省井冈山市' : id),
  lecturerName: (value) => (value === 'teacher-a' ? '党校张老师' : value),
});

test('the class calendar has one timed event per session, at Beijing times', () => {
  const events = new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
  assert.equal(events.length, 4);
  const first = events[0]!;
  assert.equal(first.summary, '党支部书记轮训班：开班式和专题讲座');
  assert.equal(first.startDate.toJSDate().toISOString(), '2027-04-13T00:30:00.000Z');
  assert.equal(first.endDate.toJSDate().toISOString(), '2027-04-13T03:30:00.000Z');
  assert.match(first.description, /授课人：党校张老师/);
  assert.equal(first.location, 'party-school');
  assert.equal(events[2]!.location, '红色教育基地，江西省井冈山市');
  assert.equal(first.uid, 'class-2027-rotation-1-2027-04-13-am@dangjian.example.cn');
});

test('the file is CRLF with folded lines and carries the revision', () => {
  assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
  assert.ok(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75));
  assert.match(ics, /^SEQUENCE:29400000\r$/m);
  assert.match(ics, /^DTSTAMP:20261121T080000Z\r$/m);
});
