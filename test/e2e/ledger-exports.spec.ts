import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { setMarks } from '../../src/lib/ledger/attendance.ts';
import { findCodesInText } from '../../src/lib/ledger/codes-in-text.ts';
import type { Ledger } from '../../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../../src/lib/ledger/match-codes.ts';
import { createLedgerFromPageData, type LedgerPageData } from '../../src/lib/ledger/page-data.ts';
import { parseRoster } from '../../src/lib/ledger/roster.ts';
import { parseReportFile } from '../../src/lib/reports/report-file.ts';
import { calendarToday } from '../../src/lib/platform/calendar.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { makeMembers, memberCode, rosterSheet, seedLedger } from '../helpers/ledger.ts';

// The exports hold what the page shows (Kolibri's rule): the .xlsx, read back with exceljs (not
// the library that wrote it), and the CSV both equal the 学时统计 table cell for cell.
const MEMBERS = 60;
const BRANCH = '第三党支部';

async function seededLedger(page: Page, data: LedgerPageData): Promise<Ledger> {
  const empty = createLedgerFromPageData(data, { name: BRANCH, company: '某集团', unit: '运营分公司' });
  const members = makeMembers(MEMBERS, data.groups, 23);
  const roster = parseRoster(rosterSheet(members), Object.values(empty.groups)).rows;
  const chat = members
    .filter((_, i) => i % 2 === 0)
    .map((member) => {
      const path = data.paths[member.groupId]!;
      const plan = path.plans.find((p) => p.version === path.current)!;
      return memberCode(member, path, new Set(plan.modules.slice(0, 3).map((m) => m.code)));
    })
    .join('\n');
  const codes = matchCodes(findCodesInText(chat), {
    rows: roster,
    paths: data.paths,
    today: calendarToday(),
    year: empty.year,
  }).codes;
  let attendance = {};
  for (const session of empty.sessions.filter((s) => s.kind === 'study'))
    attendance = setMarks(
      attendance,
      roster.filter((row, i) => row.groupId === session.groupId && i % 3 !== 0).map((row) => row.id),
      session.id,
      'present',
    );
  const ledger = { ...empty, roster, codes, attendance };
  await seedLedger(page, ledger);
  return ledger;
}

async function shownTable(page: Page): Promise<string[][]> {
  const table = page.locator('[data-totals-members]');
  const header = await table.locator('thead th').allTextContents();
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())),
    );
  return [header.map((cell) => cell.trim()), ...rows];
}

async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { download, bytes: await readFile((await download.path())!) };
}

test('the .xlsx read back with exceljs and the CSV equal the table the page shows', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  const data = (await (await request.get(`/${sitePaths.branchData()}`)).json()) as LedgerPageData;
  await page.goto(`/${sitePaths.branch()}`);
  const ledger = await seededLedger(page, data);
  await page.reload();
  await expect(page.locator('[data-totals-members] tbody tr')).toHaveCount(MEMBERS);
  const table = await shownTable(page);
  expect(table.slice(1).some((row) => row[5] !== '0')).toBe(true);

  const xlsx = await download(page, '导出 Excel（.xlsx）');
  expect(xlsx.download.suggestedFilename()).toBe(`支部学习台账-${BRANCH}-${ledger.year}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    '学时台账',
    '未完成',
    '按类别汇总',
    '签到记录',
  ]);
  const sheetRows = (name: string) => {
    const rows: string[][] = [];
    workbook.getWorksheet(name)!.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      rows.push(
        Array.from({ length: table[0]!.length }, (_, i) => (values[i] == null ? '' : String(values[i]))),
      );
    });
    return rows;
  };
  expect(sheetRows('学时台账')).toEqual(table);

  await page.getByLabel('只看未完成', { exact: true }).check();
  expect(sheetRows('未完成')).toEqual(await shownTable(page));
  // 签到记录 has one line per mark.
  const marks = Object.values(ledger.attendance).reduce((sum, byRow) => sum + Object.keys(byRow).length, 0);
  expect(workbook.getWorksheet('签到记录')!.rowCount).toBe(marks + 1);
  await page.getByLabel('只看未完成', { exact: true }).uncheck();

  const csv = await download(page, '导出 CSV');
  expect(csv.download.suggestedFilename()).toBe(`支部学习台账-${BRANCH}-${ledger.year}.csv`);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = csv.bytes.subarray(3).toString('utf8').split('\r\n').filter(Boolean);
  // No cell of this table holds a comma or a quote, so a plain split reads it exactly.
  expect(lines.map((line) => line.split(','))).toEqual(table);
  expect(errors).toEqual([]);
});

test('the 上报文件 carries counts and no names unless the secretary ticks the box; the organizer’s reader accepts it and refuses an edited copy', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const data = (await (await request.get(`/${sitePaths.branchData()}`)).json()) as LedgerPageData;
  await page.goto(`/${sitePaths.branch()}`);
  const ledger = await seededLedger(page, data);
  await page.reload();
  await expect(page.locator('[data-totals-members] tbody tr')).toHaveCount(MEMBERS);

  const plain = await download(page, '导出上报文件');
  expect(plain.download.suggestedFilename()).toBe(`支部上报文件-${BRANCH}-${ledger.year}.json`);
  const text = plain.bytes.toString('utf8');
  for (const row of ledger.roster) expect(text).not.toContain(row.name);
  const read = await parseReportFile(text);
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  expect(read.report.figures.groups.reduce((sum, group) => sum + group.members, 0)).toBe(MEMBERS);
  expect(read.report.members).toBeUndefined();

  const edited = text.replace(
    `"members": ${read.report.figures.groups[0]!.members}`,
    `"members": ${read.report.figures.groups[0]!.members + 5}`,
  );
  expect(edited).not.toBe(text);
  const refused = await parseReportFile(edited);
  expect(refused.ok).toBe(false);
  expect(refused.ok ? '' : refused.problems.join('')).toMatch(/手工改动/);

  await page.getByLabel('附上党员名单（默认不附，只报人数）').check();
  const withNames = await download(page, '导出上报文件');
  const named = await parseReportFile(withNames.bytes.toString('utf8'));
  expect(named.ok && named.report.members?.map((member) => member.name).sort()).toEqual(
    ledger.roster.map((row) => row.name).sort(),
  );
});
