import ICAL from 'ical.js';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeText, foldLine, toICalendar } from '../../../../../src/lib/plans/schedule/ics.ts';
import { createQuarterlySchedule } from '../../../../../src/lib/plans/schedule/quarterly.ts';
import { makeModule } from '../../../../helpers/modules.ts';

const modules = [
  makeModule({
    code: 'ZS-004',
    title: '“三会一课”的组织、签到与记录',
    hours: 3,
    discussion: ['怎样让支委会开得有内容、不走过场？'],
  }),
  makeModule({ code: 'ZS-005', title: '支部委员会换届选举（模拟选举）', hours: 4 }),
];
const events = createQuarterlySchedule(modules, {
  startDate: new Date('2027-01-04T00:00:00Z'),
  discussionGapDays: 14,
});
const ics = toICalendar(events, {
  name: '党支部书记学习安排（季度）',
  uidDomain: 'dangjian.example.cn',
  uidPrefix: 'branch-secretary-quarterly',
  stamp: new Date('2026-11-21T08:00:00Z'),
  sequence: 29_400_000,
  url: 'https://dangjian.example.cn/paths/branch-secretary/',
});

test('the calendar parses back with every event, date and Chinese text intact', () => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), '党支部书记学习安排（季度）');
  const parsed = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  assert.equal(parsed.length, events.length);
  assert.deepEqual(
    parsed.map((event) => [event.summary, event.startDate.toString(), event.startDate.isDate, event.uid]),
    events.map((event) => [
      event.title,
      event.date.toISOString().slice(0, 10),
      true,
      `branch-secretary-quarterly-${event.id}@dangjian.example.cn`,
    ]),
  );
  assert.equal(
    parsed[0]!.description,
    'ZS-004 “三会一课”的组织、签到与记录（3 学时）\n会前由党支部或上级党委确定本季度研讨主题。',
  );
  assert.match(parsed[2]!.description, /^ZS-005 支部委员会换届选举（模拟选举）（4 学时）/);
  const discussion = parsed.find((event) => event.summary.endsWith('专题研讨'))!;
  assert.match(discussion.description, /ZS-004：怎样让支委会开得有内容、不走过场？/);
});

test('lines use CRLF and fold at 75 octets without splitting a character', () => {
  assert.ok(ics.endsWith('\r\n'));
  assert.ok(!/[^\r]\n/.test(ics), 'every newline is CRLF');
  for (const line of ics.split('\r\n')) assert.ok(new TextEncoder().encode(line).length <= 75, line);
  const folded = foldLine(`DESCRIPTION:${'学'.repeat(40)}`);
  assert.equal(folded.replace(/\r\n /g, ''), `DESCRIPTION:${'学'.repeat(40)}`);
  assert.ok(!folded.includes('\uFFFD'));
});

test('text values escape the characters iCalendar reserves', () => {
  assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
});

test('a title with raw line breaks cannot add an event or a property', () => {
  const hostile = '专题\r\nBEGIN:VEVENT\rSUMMARY:假会议\nEND:VEVENT\u0000\u000b完';
  const [first] = createQuarterlySchedule([makeModule({ code: 'ZS-004', title: hostile, hours: 2 })], {
    startDate: new Date('2027-01-04T00:00:00Z'),
    discussionGapDays: 14,
  });
  const text = toICalendar([{ ...first!, title: hostile }], {
    name: `书记\r\nMETHOD:CANCEL`,
    uidDomain: 'dangjian.example.cn',
    uidPrefix: 'branch-secretary-quarterly',
    stamp: new Date('2026-11-21T08:00:00Z'),
    sequence: 29_400_000,
  });
  assert.equal(text.match(/^BEGIN:VEVENT$/gm)?.length, 1);
  assert.equal(text.match(/^METHOD:/gm)?.length, 1);
  const calendar = new ICAL.Component(ICAL.parse(text));
  const [event] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  assert.equal(event!.summary, '专题\nBEGIN:VEVENT\nSUMMARY:假会议\nEND:VEVENT完');
  assert.match(event!.description, /^ZS-004 专题\nBEGIN:VEVENT\nSUMMARY:假会议\nEND:VEVENT完（2 学时）/);
  assert.match(text, /^X-WR-CALNAME:书记\\nMETHOD:CANCEL\r$/m);
});
