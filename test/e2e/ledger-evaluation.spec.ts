import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startGzipServer } from '../../scripts/lib/budget/gzip-server.ts';
import { findCodesInText } from '../../src/lib/ledger/codes-in-text.ts';
import type { Ledger } from '../../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../../src/lib/ledger/match-codes.ts';
import type { LedgerPageData } from '../../src/lib/ledger/page-data.ts';
import type { LedgerOfflineList } from '../../src/lib/offline/write-offline.ts';
import { calendarToday } from '../../src/lib/platform/calendar.ts';
import { parseReportFile } from '../../src/lib/reports/report-file.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { projectRoot } from '../helpers/content.ts';
import { ledgerWithMembers, makeMembers, memberCode, seedLedger } from '../helpers/ledger.ts';

// Issue 18 on the secretary's phone, with the network cut after the first visit: a 列席 is
// recorded, a pile of paper evaluation cards and of survey forms is tallied (an impossible tally
// refused first), and the exported 上报文件, read back by the organizer's reader, carries exactly
// those counts added to the members' phone ratings and survey answers. Nothing leaves the site.

/** The first visit, online: the service worker in charge and every file of branch/offline.json kept. */
async function visitOnce(page: Page, origin: string): Promise<LedgerPageData> {
  await page.goto(`${origin}/${sitePaths.branch()}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const list = (await (
    await page.request.get(`${origin}/${sitePaths.branchOffline()}`)
  ).json()) as LedgerOfflineList;
  await expect
    .poll(
      () =>
        page.evaluate(
          async (urls) => (await Promise.all(urls.map((url) => caches.match(url)))).every(Boolean),
          list.files.map((file) => new URL(file, origin).href),
        ),
      { timeout: 30_000 },
    )
    .toBe(true);
  return (await (await page.request.get(`${origin}/${sitePaths.branchData()}`)).json()) as LedgerPageData;
}

/** Six members; the first two have codes rating the first module 很满意 and 不满意, one with a survey answer. */
function phoneLedger(data: LedgerPageData): { ledger: Ledger; module: string } {
  const members = makeMembers(6, data.groups.slice(0, 1), 41);
  const base = ledgerWithMembers(data, members);
  const ledger = { ...base, branch: { ...base.branch, company: '某集团' } };
  const path = data.paths[members[0]!.groupId]!;
  const plan = path.plans.find((p) => p.version === path.current)!;
  const module = plan.modules[0]!.code;
  const chat = members
    .slice(0, 2)
    .map((member) => memberCode(member, path, new Set([module])))
    .join('\n');
  const codes = matchCodes(findCodesInText(chat), {
    rows: ledger.roster,
    paths: data.paths,
    today: calendarToday(),
    year: ledger.year,
  }).codes.map((code, i) => ({
    ...code,
    ratings: { [module]: i === 0 ? 1 : 4 },
    survey: i === 0 ? [data.topics[0]!.id] : [],
  }));
  return { ledger: { ...ledger, codes }, module };
}

test('列席, 评估卡 and 调研表 tallies recorded offline reach the 上报文件 exactly', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const server = await startGzipServer(join(projectRoot, 'dist'), '/', 0);
  let data: LedgerPageData;
  try {
    data = await visitOnce(page, server.origin);
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  const { ledger, module } = phoneLedger(data);
  await seedLedger(page, ledger);
  await page.reload();

  // 列席: the first 专题研讨, attended by the 集团党委.
  const visits = page.locator('[data-evaluation-panel="visits"]');
  const discussion = ledger.sessions.find((s) => s.kind === 'discussion')!;
  await visits.getByLabel('专题研讨').selectOption(discussion.id);
  await expect(visits.getByLabel('列席日期')).toHaveValue(discussion.date);
  await visits.getByLabel('列席人来自').selectOption({ label: '集团党委' });
  await visits.getByLabel('列席人所在单位').fill('集团党委组织部');
  await visits.getByLabel('列席人姓名（可不填）').fill('赵书记');
  await visits.getByRole('button', { name: '记录列席' }).click();
  await expect(visits.locator('[data-visit-list] li')).toHaveCount(1);
  await expect(visits.locator('[data-visit-list] li')).toContainText('集团党委组织部');

  // 评估卡: ten cards; 理论性 first typed with more marks than cards, refused, then corrected.
  const cards = page.locator('[data-evaluation-panel="cards"]');
  await cards.getByLabel('模块').selectOption(module);
  await cards.getByLabel('评估卡张数').fill('10');
  const line = (name: string) => cards.getByRole('group', { name });
  for (const [level, count] of [
    ['很满意', '6'],
    ['满意', '3'],
    ['不满意', '1'],
  ] as const)
    await line('总体评价').getByLabel(level, { exact: true }).fill(count);
  for (const [level, count] of [
    ['好', '8'],
    ['较好', '4'],
  ] as const)
    await line('理论性').getByLabel(level, { exact: true }).fill(count);
  await cards.getByRole('button', { name: '保存评估卡统计' }).click();
  await expect(cards.getByRole('alert')).toContainText('「理论性」四档合计 12 张，多于评估卡 10 张');
  await line('理论性').getByLabel('好', { exact: true }).fill('5');
  await line('理论性').getByLabel('差', { exact: true }).fill('1');
  await cards.getByRole('button', { name: '保存评估卡统计' }).click();
  await expect(cards.locator('[data-card-status]')).toHaveText(`已保存 ${module} 的 10 张评估卡。`);

  // 调研表: eight forms; the first topic chosen by 3, the second by 5.
  const survey = page.locator('[data-evaluation-panel="survey"]');
  const [first, second] = data.topics;
  await survey.getByLabel('交回调研表份数').fill('8');
  await survey.getByLabel(first!.name, { exact: true }).fill('3');
  await survey.getByLabel(second!.name, { exact: true }).fill('5');
  await survey.getByRole('button', { name: '保存调研表统计' }).click();
  await expect(survey.locator('[data-survey-status]')).toHaveText('已保存 8 份调研表的统计。');

  // The summary: 2 phone ratings (1 很满意, 1 不满意) + 10 cards (9 satisfied, 1 不满意) = 10 of 12.
  const row = page.locator(`[data-summary-evaluations] tr[data-module="${module}"]`);
  await expect(row.locator('td').nth(1)).toHaveText('12');
  await expect(row.locator('td').nth(3)).toHaveText('83.3%');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出上报文件' }).click(),
  ]);
  const read = await parseReportFile(await readFile((await download.path())!, 'utf8'));
  expect(read.ok).toBe(true);
  if (!read.ok) return;
  const { figures } = read.report;
  expect(figures.visits.entries).toBe(1);
  expect(figures.visits.branchesVisited).toEqual({ unit: 0, company: 1, above: 0 });
  expect(read.report.attendees).toEqual([
    { date: discussion.date, sessionId: discussion.id, level: 'company', unit: '集团党委组织部' },
  ]);
  const evaluation = figures.evaluations.find((e) => e.module === module)!;
  expect([evaluation.levels, evaluation.cards, evaluation.indicators.theory]).toEqual([
    [7, 3, 0, 2],
    10,
    [5, 4, 0, 1],
  ]);
  expect(figures.survey.respondents).toBe(9);
  expect(Object.fromEntries(figures.survey.topics.map((t) => [t.topic, t.count]))).toEqual({
    [first!.id]: 4,
    [second!.id]: 5,
  });
  expect(requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
});
