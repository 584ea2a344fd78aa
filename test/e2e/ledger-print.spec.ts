// The sheets a secretary prints from the ledger (/branch/print/): a ledger of 150 members with
// codes and attendance, made by the ledger's own functions and put into IndexedDB, printed to an
// A4 PDF by Chromium and read back with pdftotext as the level above would read the paper. The
// expected figures are computed here from the raw marks and studied modules, not by totals.ts.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createRandom } from '../../scripts/lib/prng.ts';
import { CREDITING, setMarks, type Attendance, type Mark } from '../../src/lib/ledger/attendance.ts';
import { findCodesInText } from '../../src/lib/ledger/codes-in-text.ts';
import { changeLedger, createLedger, ledgerGroups, type Ledger } from '../../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../../src/lib/ledger/match-codes.ts';
import { parseRoster } from '../../src/lib/ledger/roster.ts';
import { createLedgerSessions, readBatches, sittingsOf, withBatches } from '../../src/lib/ledger/sessions.ts';
import { calendarToday } from '../../src/lib/platform/calendar.ts';
import type { PublishedPath } from '../../src/lib/progress/published-types.ts';
import { sitePaths, type BranchPrintSheet } from '../../src/lib/routes/routes.ts';
import { fetchPublishedPath, makeMembers, memberCode, rosterSheet, seedLedger } from '../helpers/ledger.ts';
import { pdfInfo, pdfLayoutPages, pdfPages, pdfText, squash } from '../helpers/pdf.ts';

const GROUPS = [
  { id: 'ordinary', name: '普通党员', requiredHours: 32 },
  { id: 'backbone', name: '骨干党员', requiredHours: 32 },
  { id: 'activist', name: '入党积极分子', requiredHours: 16 },
];
const members = makeMembers(150, GROUPS, 17);
const round = (hours: number) => Math.round(hours * 100) / 100;

/** The ledger: the roster pasted, sessions from the plan's modules, random marks, a code per member. */
async function buildLedger(request: APIRequestContext) {
  const paths: Record<string, PublishedPath> = {};
  for (const group of GROUPS) paths[group.id] = await fetchPublishedPath(request, group.id);
  const planOf = (groupId: string) =>
    paths[groupId]!.plans.find((p) => p.version === paths[groupId]!.current)!;
  const year = planOf('ordinary').year!;
  const ledger = createLedger({ name: '机关第一党支部', company: '某集团', unit: '某公司' }, year, [
    ...GROUPS.map((group) => ({ ...group, planVersion: paths[group.id]!.current })),
  ]);
  const roster = parseRoster(rosterSheet(members), ledgerGroups(ledger)).rows;
  const shifts = readBatches(['第一党小组', '第二党小组']);
  if (!('batches' in shifts)) throw new Error(shifts.problem);
  const sessions = GROUPS.flatMap((group) => {
    const modules = planOf(group.id).modules;
    const created = createLedgerSessions(group.id, [
      {
        id: 'q1-study',
        date: `${year}-03-10`,
        kind: 'study',
        title: '第一季度集中学习',
        modules: modules.slice(0, 2),
      },
      {
        id: 'q2-study',
        date: `${year}-06-09`,
        kind: 'study',
        title: '第二季度集中学习',
        modules: modules.slice(2, 4),
      },
      {
        id: 'm05',
        date: `${year}-05-08`,
        kind: 'theme-day',
        title: '5 月主题党日',
        modules: modules.slice(0, 1),
      },
    ]);
    return withBatches(created, shifts.batches, (s) => s.id === 'ordinary/q2-study');
  });
  const random = createRandom(5);
  let attendance: Attendance = {};
  for (const row of roster)
    for (const session of sessions.filter((s) => s.groupId === row.groupId)) {
      const sitting = random.pick(sittingsOf(session));
      const mark = random.pick<Mark | undefined>(['present', 'present', 'leave', 'makeup', undefined]);
      attendance = setMarks(attendance, [row.id], sitting.id, mark);
    }
  const studied = members.map((member) => {
    const codes = planOf(member.groupId).modules.map((m) => m.code);
    return new Set(random.sample(codes, random.int(0, codes.length)));
  });
  const text = members.map((member, i) => memberCode(member, paths[member.groupId]!, studied[i]!)).join('\n');
  const { codes } = matchCodes(findCodesInText(text), { rows: roster, paths, today: calendarToday(), year });
  expect(codes).toHaveLength(150);
  const full = changeLedger(ledger, { roster, sessions, attendance, codes });
  return { ledger: full, studied, hoursOf: (groupId: string) => planOf(groupId).modules };
}

/** Each member's figures from the raw data: distinct modules of attended sessions, then the rest of the code. */
function expectedTotals({ ledger, studied, hoursOf }: Awaited<ReturnType<typeof buildLedger>>) {
  return ledger.roster.map((row, i) => {
    const group = GROUPS.find((g) => g.id === row.groupId)!;
    const marks = Object.entries(ledger.attendance[row.id] ?? {}).filter(([, mark]) => CREDITING.has(mark));
    const sessionIds = new Set(marks.map(([sitting]) => sitting.split('@')[0]));
    const collective = new Map<string, number>();
    for (const session of ledger.sessions.filter((s) => sessionIds.has(s.id)))
      for (const m of session.modules) collective.set(m.code, m.hours);
    const self = hoursOf(group.id)
      .filter((m) => studied[i]!.has(m.code) && !collective.has(m.code))
      .reduce((sum, m) => sum + m.hours, 0);
    const collectiveHours = round([...collective.values()].reduce((sum, h) => sum + h, 0));
    const total = round(collectiveHours + self);
    const line = [
      i + 1,
      row.name,
      group.name,
      row.team,
      collectiveHours,
      round(self),
      total,
      group.requiredHours,
    ];
    return {
      row,
      group,
      collective: collectiveHours,
      self: round(self),
      total,
      sessions: sessionIds.size,
      line,
    };
  });
}

async function printSheet(
  page: Page,
  ledger: Ledger,
  file: string,
  sheet: BranchPrintSheet,
  sitting?: string,
) {
  await page.goto(`/${sitePaths.branchPrint(sheet, sitting)}`);
  await seedLedger(page, ledger);
  await page.reload();
  await expect(page.locator('[data-ledger-print][data-ready]')).toBeAttached();
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  writeFileSync(file, await page.pdf({ format: 'A4' }));
}

/** Rows of a printed table: lines that start with a 序号 and a name. */
const tableRows = (file: string) =>
  pdfLayoutPages(file)
    .flatMap((page) => page.split('\n'))
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => /^\d+$/.test(cells[0]!) && cells.length > 1);

test('the 年度学习台账 lists all 150 members with the totals computed from the raw data', async ({
  page,
  request,
}, testInfo) => {
  const built = await buildLedger(request);
  const expected = expectedTotals(built);
  const file = testInfo.outputPath('ledger.pdf');
  await printSheet(page, built.ledger, file, 'ledger');
  const text = pdfText(file);
  for (const member of members) expect(text).toContain(member.name);
  const rows = tableRows(file).filter((cells) => cells.length >= 9);
  expect(rows.map((cells) => cells.slice(0, 8).join(' '))).toEqual(expected.map((m) => m.line.join(' ')));
  expect(rows.map((cells) => cells[8])).toEqual(
    expected.map((m) => (m.total >= m.group.requiredHours ? '达标' : '未达标')),
  );
  const sum = (pick: (m: (typeof expected)[number]) => number) =>
    round(expected.reduce((s, m) => s + pick(m), 0));
  const met = expected.filter((m) => m.total >= m.group.requiredHours).length;
  expect(text).toContain(
    squash(`全支部 150 ${sum((m) => m.collective)} ${sum((m) => m.self)} ${sum((m) => m.total)} ${met}`),
  );
  // The header row repeats on every page the roster runs onto.
  const pages = pdfPages(file).filter((pageText) => members.some((m) => pageText.includes(m.name)));
  expect(pages.length).toBeGreaterThan(1);
  for (const pageText of pages) expect(pageText).toContain('序号姓名类别党小组集中学时自学学时合计要求达标');
});

test("a sign-in sheet lists exactly that group's members, or that batch's, with the header on every page", async ({
  page,
  request,
}, testInfo) => {
  const { ledger } = await buildLedger(request);
  const sheets = [
    { sitting: 'activist/q1-study', names: members.filter((m) => m.groupId === 'activist') },
    {
      sitting: 'ordinary/q2-study@b2',
      names: members.filter((m) => m.groupId === 'ordinary' && m.team === '第二党小组'),
    },
  ];
  for (const { sitting, names } of sheets) {
    const file = testInfo.outputPath(`signin-${sitting.replace(/\W/g, '-')}.pdf`);
    await printSheet(page, ledger, file, 'signin', sitting);
    expect(tableRows(file).map((cells) => cells.slice(0, 2).join(' '))).toEqual(
      names.map((m, i) => `${i + 1} ${m.name}`),
    );
    const text = pdfText(file);
    for (const heading of ['签名', '请假/补学', '应到（人）', '实到（人）', '请假（人）', '机关第一党支部'])
      expect(text).toContain(heading);
    for (const pageText of pdfPages(file)) expect(pageText).toContain('序号姓名党小组签名请假/补学');
  }
});

test('the 上报表 fits one page and shows the figures by group and in total', async ({
  page,
  request,
}, testInfo) => {
  const built = await buildLedger(request);
  const expected = expectedTotals(built);
  const file = testInfo.outputPath('report.pdf');
  await printSheet(page, built.ledger, file, 'report');
  expect(pdfInfo(file).Pages).toBe('1');
  const text = pdfText(file);
  const line = (label: string, list: typeof expected) => {
    const hours = round(list.reduce((s, m) => s + m.total, 0));
    const met = list.filter((m) => m.total >= m.group.requiredHours).length;
    const figures = [
      list.length,
      list.filter((m) => m.total > 0).length,
      list.reduce((s, m) => s + m.sessions, 0),
      hours,
      round(hours / list.length),
      met,
      `${Math.round((met / list.length) * 1000) / 10}%`,
    ];
    return squash(`${label} ${figures.join(' ')}`);
  };
  expect(text).toContain(line('合计', expected));
  for (const group of GROUPS)
    expect(text).toContain(
      line(
        group.name,
        expected.filter((m) => m.group.id === group.id),
      ),
    );
  for (const label of ['填报人', '填报日期', '人均学时', '达标率']) expect(text).toContain(label);
});
