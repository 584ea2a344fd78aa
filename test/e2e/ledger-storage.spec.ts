import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseBackup, serialiseBackup } from '../../src/lib/ledger/backup.ts';
import type { LedgerPageData } from '../../src/lib/ledger/page-data.ts';
import { locateBrowser } from '../../src/lib/packs/pdf/browser/locate-browser.ts';
import {
  fetchLedgerPageData,
  ledgerWithMembers,
  makeMembers,
  readStoredLedger,
  rosterSheet,
  seedLedger,
} from '../helpers/ledger.ts';

// Nothing the secretary enters is lost (issue 17): a reload, a browser restart, a page closed in
// the middle of an import, backup → wipe → restore, a damaged backup, two open tabs. The ledger
// is only in this browser, so every test reads what IndexedDB holds, not only what is shown.
let data: LedgerPageData;
test.beforeAll(async ({ request }) => {
  data = await fetchLedgerPageData(request);
});

const summary = (page: Page) => page.locator('[data-roster-summary]');

/** Opens /branch/ with `ledger` stored, as a secretary who set it up earlier finds it. */
async function openWith(page: Page, ledger = ledgerWithMembers(data, makeMembers(40, data.groups))) {
  await page.goto('/branch/');
  await seedLedger(page, ledger);
  await page.reload();
  await expect(summary(page)).toHaveText(`共 ${ledger.roster.length} 人，没有发现问题。`);
  return ledger;
}

async function startAndPaste(page: Page, count: number) {
  await page.goto('/branch/');
  await page.getByLabel('支部名称（必填）').fill('机关第二党支部');
  await page.getByRole('button', { name: '建立台账' }).click();
  await page
    .getByLabel('从 Excel 或 WPS 复制名单后粘贴到这里')
    .fill(rosterSheet(makeMembers(count, data.groups, 2)));
  await page.getByRole('button', { name: '读取粘贴的名单' }).click();
  await expect(summary(page)).toHaveText(`共 ${count} 人，没有发现问题。`);
}

test('a reload keeps the ledger', async ({ page }) => {
  await startAndPaste(page, 25);
  const before = await readStoredLedger(page);
  await page.reload();
  await expect(summary(page)).toHaveText('共 25 人，没有发现问题。');
  await expect(page.getByLabel('支部名称（必填）')).toHaveValue('机关第二党支部');
  expect(await readStoredLedger(page)).toEqual(before);
});

test('closing the browser and starting it again keeps the ledger', async ({ baseURL }) => {
  const userDataDir = mkdtempSync(join(tmpdir(), 'ledger-profile-'));
  const { executablePath, args } = await locateBrowser();
  const launch = () =>
    chromium.launchPersistentContext(userDataDir, {
      executablePath,
      args,
      ...(baseURL ? { baseURL } : {}),
      locale: 'zh-CN',
      viewport: { width: 390, height: 844 },
    });
  try {
    let context = await launch();
    await startAndPaste(context.pages()[0] ?? (await context.newPage()), 12);
    const before = await readStoredLedger(context.pages()[0]!);
    await context.close();
    context = await launch();
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/branch/');
    await expect(summary(page)).toHaveText('共 12 人，没有发现问题。');
    expect(await readStoredLedger(page)).toEqual(before);
    await context.close();
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('a page closed in the middle of restoring a large backup leaves the old ledger or the new one, never a mix', async ({
  context,
  page,
}) => {
  const old = await openWith(page);
  const large = ledgerWithMembers(data, makeMembers(3000, data.groups, 9), '大型党支部');
  await page.getByLabel('从备份文件恢复').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseBackup(large)),
  });
  await expect(page.getByText('备份文件的内容')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '用这个备份恢复台账' }).click();
  await page.close({ runBeforeUnload: false });

  const after = await context.newPage();
  await after.goto('/branch/');
  const stored = canonical((await readStoredLedger(after))!.ledger);
  const which = [old, large].findIndex((whole) => canonical(whole) === stored);
  console.log(`关闭页面后留下的是${['旧台账', '新台账'][which] ?? '两者都不是'}`);
  expect(which).toBeGreaterThanOrEqual(0);
});

/** JSON with keys in order, so two ledgers compare whole whatever order a parser built them in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

test('backup, wipe and restore give back an identical ledger; the file is named after the branch and the year', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await startAndPaste(page, 30);
  await page.getByLabel('第 3 行 党小组/批次').fill('夜班');
  await page.getByLabel('第 3 行 党小组/批次').press('Tab');
  await expect.poll(async () => (await readStoredLedger(page))!.ledger.roster[1]!.team).toBe('夜班');
  const before = (await readStoredLedger(page))!.ledger;
  await expect(page.locator('[data-backup-reminder]')).toContainText('台账还没有备份过');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出备份文件' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^支部学习台账-机关第二党支部-${data.year}-\\d{4}-\\d{2}-\\d{2}\\.json$`),
  );
  const file = await download.path();
  await expect(page.locator('[data-backup-reminder]')).toBeHidden();

  const asked: string[] = [];
  page.on('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.accept();
  });
  await page.getByRole('button', { name: '清空本机台账' }).click();
  await expect(page.getByRole('button', { name: '建立台账' })).toBeVisible();
  expect(asked).toHaveLength(2);
  expect(asked[0]).toContain('建议先点“导出备份文件”');
  expect(await readStoredLedger(page)).toBeUndefined();

  await page.getByLabel('从备份文件恢复').setInputFiles(file);
  await expect(page.locator('[data-backup-summary]')).toContainText('机关第二党支部');
  await expect(page.locator('[data-backup-summary]')).toContainText('30 人');
  await expect(page.locator('[data-backup-summary]')).toContainText(`${data.year} 年度`);
  await page.getByRole('button', { name: '用这个备份恢复台账' }).click();
  await expect(summary(page)).toHaveText('共 30 人，没有发现问题。');
  expect((await readStoredLedger(page))!.ledger).toEqual(before);
  expect(JSON.parse(readFileSync(file, 'utf8')).ledger).toEqual(before);
  expect(requests.filter((url) => !url.startsWith(`${baseURL}/`))).toEqual([]);
});

test('a damaged or foreign backup lists its reasons and changes nothing', async ({ page }) => {
  const ledger = await openWith(page);
  const before = await readStoredLedger(page);
  const good = serialiseBackup(ledgerWithMembers(data, makeMembers(5, data.groups, 4)));
  const badRow = JSON.parse(good) as { ledger: { roster: { name: unknown }[] } };
  badRow.ledger.roster[0]!.name = 42;
  const files = {
    'truncated.json': good.slice(0, Math.floor(good.length / 2)),
    'other.json': JSON.stringify({ format: 'excalidraw', version: 2, elements: [] }),
    'bad-row.json': JSON.stringify(badRow),
  };
  for (const [name, text] of Object.entries(files)) {
    await page.getByLabel('从备份文件恢复').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const read = parseBackup(text);
    expect(read.ok).toBe(false);
    await expect(page.locator('[data-backup-problem-list] li')).toHaveText(read.ok ? [] : read.problems);
    await expect(page.locator('[data-backup-status]')).toHaveText(`“${name}”不能恢复，本机台账没有改动。`);
    await expect(page.getByText('备份文件的内容')).toBeHidden();
  }
  await expect(page.locator('[data-backup-problem-list] li')).toContainText([
    '备份文件 ledger.roster[0].name：应为文字。',
  ]);
  expect(await readStoredLedger(page)).toEqual(before);
  await page.reload();
  await expect(summary(page)).toHaveText(`共 ${ledger.roster.length} 人，没有发现问题。`);
});

test('two tabs: a change in one appears in the other; a change made from a stale ledger is refused and said so', async ({
  context,
  page,
}) => {
  const ledger = await openWith(page);
  const other = await context.newPage();
  await other.goto('/branch/');
  await expect(summary(other)).toHaveText('共 40 人，没有发现问题。');

  await page.getByLabel('第 2 行 姓名').fill('司马光明');
  await page.getByLabel('第 2 行 姓名').press('Tab');
  await expect(other.getByLabel('第 2 行 姓名')).toHaveValue('司马光明');

  // Another window saved without this one hearing of it (as a tab frozen in the background).
  const newer = (await readStoredLedger(page))!;
  await seedLedger(
    page,
    { ...newer.ledger, branch: { ...ledger.branch, name: '别处改过' } },
    newer.revision + 1,
  );
  await other.getByLabel('第 3 行 姓名').fill('不会保存');
  await other.getByLabel('第 3 行 姓名').press('Tab');
  await expect(other.locator('[data-storage-conflict]')).toContainText(
    /另一个窗口刚刚修改了台账，已显示最新内容，请重新操作。/,
  );
  await expect(other.getByLabel('支部名称（必填）')).toHaveValue('别处改过');
  await expect(other.getByLabel('第 3 行 姓名')).toHaveValue(ledger.roster[1]!.name);
  expect((await readStoredLedger(other))!.ledger.roster[1]!.name).toBe(ledger.roster[1]!.name);
});
