import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createRandom } from '../../scripts/lib/prng.ts';
import type { Ledger } from '../../src/lib/ledger/ledger-state.ts';
import type { LedgerPageData } from '../../src/lib/ledger/page-data.ts';
import { addDays, calendarToday } from '../../src/lib/platform/calendar.ts';
import { encodeLegacyCode } from '../../src/lib/progress/legacy-code.ts';
import type { PublishedPath } from '../../src/lib/progress/published-types.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { visitOnceThenGoOffline } from '../helpers/offline-tool.ts';
import { makeMembers, memberCode, rosterSheet, type TestMember } from '../helpers/ledger.ts';

// Issue 17's bulk paste: a secretary with 150 members copies the whole WeChat group chat, with
// every member's code and ten that are wrong in the ways codes go wrong, and pastes it at once.
// Exactly the 150 are credited, the ten are listed with reasons, and nothing leaves the site;
// then the same again with the network cut after the first visit.
const MEMBERS = 150;

const currentPlan = (path: PublishedPath) => path.plans.find((plan) => plan.version === path.current)!;

/** A code whose characters were changed as a mistyping would (the CRC must catch it). */
const changed = (code: string, at: number) =>
  code.slice(0, at) + (code[at] === '7' ? '8' : '7') + code.slice(at + 1);

interface Paste {
  chat: string;
  /** Module 学时 each member's code carries, by name, from path.json. */
  hours: Map<string, number>;
  /** The outcome each of the ten wrong codes must get. */
  wrongKinds: string[];
}

/** The chat: every member's code (random progress, some lower case or wrapped), and ten wrong ones. */
function makePaste(data: LedgerPageData, members: readonly TestMember[]): Paste {
  const random = createRandom(7);
  const hours = new Map<string, number>();
  const messages = members.map((member, index) => {
    const path = data.paths[member.groupId]!;
    const modules = currentPlan(path).modules.filter(() => random.chance(0.6));
    hours.set(member.name, Math.round(modules.reduce((sum, m) => sum + m.hours, 0) * 100) / 100);
    let code = memberCode(member, path, new Set(modules.map((m) => m.code)));
    if (index % 9 === 4) code = code.toLowerCase();
    if (index % 11 === 5) code = code.replace(/^(\S{9})/, '$1\n');
    return [
      `${member.name} 上午${8 + (index % 4)}:${String(index % 60).padStart(2, '0')}`,
      `我的完成码：${code} 👍`,
    ];
  });
  const [a, b, c, d, e, f, g] = members;
  const pathOf = (member: TestMember) => data.paths[member.groupId]!;
  const studiedAll = (member: TestMember) => new Set(currentPlan(pathOf(member)).modules.map((m) => m.code));
  const other = data.groups.find((group) => group.id !== d!.groupId)!;
  const stranger = makeMembers(MEMBERS + 1, data.groups, 99).at(-1)!;
  const legacyPlan = currentPlan(pathOf(e!));
  const wrong: [string, string][] = [
    [changed(memberCode(a!, pathOf(a!), studiedAll(a!)), 7), 'damaged'],
    [changed(changed(memberCode(b!, pathOf(b!), studiedAll(b!)), 3), 12), 'damaged'],
    [memberCode(c!, pathOf(c!), studiedAll(c!)).slice(0, -6), 'damaged'],
    ['7QK2-M9XD-4RTB-HN3C-WP8A', 'damaged'],
    [memberCode({ ...d!, groupId: other.id }, data.paths[other.id]!, new Set()), 'other-group'],
    [
      encodeLegacyCode({
        groupId: e!.groupId,
        planYear: legacyPlan.year,
        pathCodes: legacyPlan.modules.map((m) => m.code),
        studied: new Set(),
        hours: 0,
        date: calendarToday(),
      }),
      'unbound',
    ],
    [memberCode(f!, pathOf(f!), new Set(), addDays(calendarToday(), 1)), 'refused'],
    [memberCode({ ...stranger, groupId: g!.groupId }, pathOf(g!), new Set()), 'unmatched'],
    [
      memberCode(
        g!,
        {
          ...pathOf(g!),
          plans: [{ ...currentPlan(pathOf(g!)), modules: [{ code: 'XX-999', title: '', hours: 2 }] }],
        },
        new Set(['XX-999']),
      ),
      'unverifiable',
    ],
    [memberCode(a!, pathOf(a!), new Set(), new Date(`${data.year - 3}-01-05T00:00:00Z`)), 'refused'],
  ];
  const lines = messages.flat();
  wrong.forEach(([code], i) => lines.splice(15 * i + 3, 0, `群友${i} 下午3:0${i}`, `帮我看看这个码 ${code}`));
  return { chat: lines.join('\n'), hours, wrongKinds: wrong.map(([, kind]) => kind).sort() };
}

function storedLedger(page: Page): Promise<Ledger | undefined> {
  return page.evaluate(
    () =>
      new Promise<Ledger | undefined>((resolve, reject) => {
        const open = indexedDB.open('dangjian-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('state').objectStore('state').get('ledger');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { ledger: Ledger } | undefined)?.ledger);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Every request the page and its worker make; none may go anywhere but the site. */
function logRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Starts the ledger and pastes the roster through the page, as a secretary does. */
async function setUpLedger(page: Page, members: readonly TestMember[]): Promise<void> {
  await page.getByLabel('支部名称（必填）').fill('第一党支部');
  await page.getByRole('button', { name: '建立台账' }).click();
  await page.getByLabel('从 Excel 或 WPS 复制名单后粘贴到这里').fill(rosterSheet(members));
  await page.getByRole('button', { name: '读取粘贴的名单' }).click();
  await expect.poll(async () => (await storedLedger(page))?.roster.length).toBe(members.length);
}

async function pasteAndCheck(page: Page, paste: Paste): Promise<void> {
  const panel = page.locator('[data-codes-panel]');
  await panel.getByLabel('粘贴完成码（可以整段粘贴微信群聊）').fill(paste.chat);
  await panel.getByRole('button', { name: '核对并记入台账' }).click();

  const matched = panel.locator('[data-outcome="matched"]');
  await expect(matched).toHaveAttribute('data-count', String(MEMBERS), { timeout: 30_000 });
  await expect(matched.locator('li')).toHaveCount(MEMBERS);
  await expect(panel.locator('[data-matched-count]')).toHaveText(`已记入 ${MEMBERS} 人`);

  const wrong = panel.locator('[data-outcome]:not([data-outcome="matched"]) li');
  await expect(wrong).toHaveCount(paste.wrongKinds.length);
  expect(
    (await wrong.evaluateAll((items) => items.map((li) => li.getAttribute('data-kind')))).sort(),
  ).toEqual(paste.wrongKinds);
  for (const reason of await wrong.locator('.cm-outcome__reason').allTextContents())
    expect(reason.trim().length).toBeGreaterThan(5);
  await expect(wrong.locator('.cm-outcome__reason')).toHaveCount(paste.wrongKinds.length);
  await expect(panel.locator('[data-outcome-summary]')).toContainText(`找到 ${MEMBERS + 10} 个完成码`);

  // What was stored: one code per member, 学时 recomputed from the published plan.
  const ledger = (await storedLedger(page))!;
  expect(ledger.codes).toHaveLength(MEMBERS);
  const names = new Map(ledger.roster.map((row) => [row.id, row.name]));
  for (const code of ledger.codes) expect(code.hours).toBe(paste.hours.get(names.get(code.rowId)!));
}

async function pageData(page: Page): Promise<LedgerPageData> {
  return page.evaluate(
    async (url) => (await fetch(url)).json() as Promise<LedgerPageData>,
    `/${sitePaths.branchData()}`,
  );
}

test(`${MEMBERS} codes and 10 wrong ones pasted in one chat: 150 credited, 10 listed with reasons, nothing leaves the site`, async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const requests = logRequests(context);
  await page.goto(`/${sitePaths.branch()}`);
  const data = await pageData(page);
  const members = makeMembers(MEMBERS, data.groups, 3);
  await setUpLedger(page, members);
  await pasteAndCheck(page, makePaste(data, members));
  expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL!).origin)).toEqual([]);
});

test('the same paste works with the network cut after the first visit', async ({ page, context }) => {
  test.setTimeout(120_000);
  const requests = logRequests(context);
  const origin = await visitOnceThenGoOffline(page, context, sitePaths.branch(), sitePaths.branchOffline());
  await expect(page.getByRole('heading', { name: '收集完成码' })).toBeVisible();

  const data = await pageData(page);
  const members = makeMembers(MEMBERS, data.groups, 5);
  await setUpLedger(page, members);
  await pasteAndCheck(page, makePaste(data, members));
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
