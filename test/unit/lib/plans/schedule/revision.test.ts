import ICAL from 'ical.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toICalendar } from '../../../../../src/lib/plans/schedule/ics.ts';
import { createQuarterlySchedule } from '../../../../../src/lib/plans/schedule/quarterly.ts';
import { calendarRevision, readSourceDate } from '../../../../../src/lib/plans/schedule/revision.ts';
import { makeModule } from '../../../../helpers/modules.ts';

/**
 * What a calendar app does when a member imports a published .ics (RFC 5546 §2.1.5): an event
 * whose UID it already holds replaces the stored one only when its SEQUENCE is higher, or equal
 * with a later DTSTAMP; otherwise the stored event stays.
 */
function importInto(store: Map<string, ICAL.Event>, ics: string): void {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const component of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    const held = store.get(event.uid);
    const stamp = (e: ICAL.Event) => (e.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toUnixTime();
    const newer =
      !held ||
      event.sequence > held.sequence ||
      (event.sequence === held.sequence && stamp(event) > stamp(held));
    if (newer) store.set(event.uid, event);
  }
}

const settings = { startDate: new Date('2027-01-04T00:00:00Z'), discussionGapDays: 14 };
const calendarOf = (modules: ReturnType<typeof makeModule>[], sourceDate: string) =>
  toICalendar(createQuarterlySchedule(modules, settings), {
    name: '入党积极分子学习安排（季度）',
    uidDomain: 'dangjian.example.cn',
    uidPrefix: 'activist-2027-quarterly',
    ...calendarRevision(new Date(sourceDate)),
  });

test('a re-imported calendar of the next plan version replaces the changed sessions', () => {
  const first = [
    makeModule({ code: 'ZS-001', title: '党章学习', hours: 3 }),
    makeModule({ code: 'ZS-002', title: '入党程序', hours: 3 }),
  ];
  // The next version of the plan swaps a module: the same sessions (UIDs), other content.
  const next = [first[0]!, makeModule({ code: 'DX-002', title: '红色家书', hours: 3 })];
  const store = new Map<string, ICAL.Event>();
  importInto(store, calendarOf(first, '2026-11-02T09:30:00Z'));
  const before = new Map([...store].map(([uid, event]) => [uid, event.description]));
  assert.ok([...before.values()].some((text) => text.includes('ZS-002 入党程序')));

  importInto(store, calendarOf(next, '2026-12-01T02:00:00Z'));
  assert.deepEqual(
    [...store.keys()].sort(),
    [...before.keys()].sort(),
    'the same UIDs: no duplicate sessions',
  );
  const descriptions = [...store.values()].map((event) => event.description).join('\n');
  assert.ok(descriptions.includes('DX-002 红色家书'));
  assert.ok(!descriptions.includes('ZS-002 入党程序'));
  const sequences = [...store.values()].map((event) => event.sequence);
  assert.ok(
    sequences.every((sequence) => sequence === calendarRevision(new Date('2026-12-01T02:00:00Z')).sequence),
  );

  // An older file imported afterwards (a cached download) does not bring the old sessions back.
  importInto(store, calendarOf(first, '2026-11-02T09:30:00Z'));
  assert.ok(
    ![...store.values()]
      .map((event) => event.description)
      .join('\n')
      .includes('ZS-002 入党程序'),
  );
});

test('the revision grows with the source date, and one build reads one date', () => {
  const earlier = calendarRevision(new Date('2026-11-02T09:30:00.700Z'));
  const later = calendarRevision(new Date('2026-11-02T09:31:00Z'));
  assert.ok(later.sequence > earlier.sequence);
  assert.ok(Number.isSafeInteger(later.sequence) && later.sequence < 2 ** 31);
  assert.equal(earlier.stamp.toISOString(), '2026-11-02T09:30:00.000Z');
  const date = readSourceDate(process.cwd(), { SOURCE_DATE_EPOCH: '1796000000' });
  assert.equal(date.toISOString(), new Date(1796000000 * 1000).toISOString());
  assert.equal(readSourceDate(process.cwd(), {}), date);
});
