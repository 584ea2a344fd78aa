import type { APIRequestContext, Page } from '@playwright/test';
import { createRandom } from '../../scripts/lib/prng.ts';
import { calendarToday } from '../../src/lib/platform/calendar.ts';
import { encodeCompletionCode } from '../../src/lib/progress/completion-code.ts';
import { personKey } from '../../src/lib/progress/person-key.ts';
import type { PublishedPath } from '../../src/lib/progress/published-types.ts';
import type { Ledger } from '../../src/lib/ledger/ledger-state.ts';
import { createLedgerFromPageData, type LedgerPageData } from '../../src/lib/ledger/page-data.ts';
import { parseRoster } from '../../src/lib/ledger/roster.ts';
import { importRoster } from '../../src/lib/ledger/roster-import.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';

/** A member as a secretary's sheet lists them. */
export interface TestMember {
  name: string;
  groupId: string;
  groupName: string;
  number: string;
  team: string;
}

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊帆帅旭宁龙林欣怡晨阳佳琪思雨婷雪梅春燕海波',
];

/**
 * `count` members with distinct names, spread over `groups` in turn, each with a number and a 党小组:
 * the same list for the same seed, so a failing test can be rerun exactly.
 */
export function makeMembers(
  count: number,
  groups: readonly { id: string; name: string }[],
  seed = 1,
): TestMember[] {
  const random = createRandom(seed);
  const names = new Set<string>();
  while (names.size < count) {
    const given = Array.from({ length: random.int(1, 2) }, () => random.pick(GIVEN)).join('');
    names.add(`${random.pick(SURNAMES)}${given}`);
  }
  return [...names].map((name, index) => ({
    name,
    groupId: groups[index % groups.length]!.id,
    groupName: groups[index % groups.length]!.name,
    number: `DY${String(index + 1).padStart(4, '0')}`,
    team: `第${'一二三四五'[index % 5]}党小组`,
  }));
}

/** The members as a sheet copied from Excel or WPS: a header row, then tab-separated rows. */
export function rosterSheet(members: readonly TestMember[]): string {
  const rows = members.map((m) => [m.name, m.groupName, m.number, m.team].join('\t'));
  return ['姓名\t党员类别\t编号\t党小组', ...rows].join('\n');
}

/** A group's published plans, as the site serves them to the verify page and the ledger. */
export async function fetchPublishedPath(
  request: APIRequestContext,
  groupId: string,
): Promise<PublishedPath> {
  const response = await request.get(`/${sitePaths.pathData(groupId)}`);
  return (await response.json()) as PublishedPath;
}

/** The code a member's phone would make for the current plan after studying `studied`. */
export function memberCode(
  member: TestMember,
  path: PublishedPath,
  studied: ReadonlySet<string>,
  date: Date = calendarToday(),
): string {
  const plan = path.plans.find((candidate) => candidate.version === path.current)!;
  return encodeCompletionCode({
    groupId: member.groupId,
    planYear: plan.year!,
    pathCodes: plan.modules.map((module) => module.code),
    studied,
    person: personKey(member.name, member.number),
    date,
  });
}

/**
 * Puts `ledger` into the page's IndexedDB as the ledger store keeps it (ledger-store.ts), so a
 * test about one panel starts from a ledger another test built through the page.
 */
export async function seedLedger(page: Page, ledger: Ledger, revision = 1): Promise<void> {
  await page.evaluate(
    ({ stored }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('dangjian-ledger', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('state');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction('state', 'readwrite');
          tx.objectStore('state').put(stored, 'ledger');
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { stored: { revision, ledger } },
  );
}

/** The ledger and revision the page's IndexedDB holds now (undefined when there is none). */
export async function readStoredLedger(
  page: Page,
): Promise<{ revision: number; ledger: Ledger } | undefined> {
  return page.evaluate(
    () =>
      new Promise<{ revision: number; ledger: Ledger } | undefined>((resolve, reject) => {
        const request = indexedDB.open('dangjian-ledger', 1);
        request.onupgradeneeded = () => request.result.createObjectStore('state');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('state').objectStore('state').get('ledger');
          get.onsuccess = () => {
            request.result.close();
            resolve(get.result as { revision: number; ledger: Ledger } | undefined);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** What the ledger page fetches: the plan year, the groups with their sessions, the published paths. */
export async function fetchLedgerPageData(request: APIRequestContext): Promise<LedgerPageData> {
  return (await (await request.get(`/${sitePaths.branchData()}`)).json()) as LedgerPageData;
}

/** A ledger as the page would set it up for `branch`, with `members` pasted as its roster. */
export function ledgerWithMembers(
  data: LedgerPageData,
  members: readonly TestMember[],
  branch = '第一党支部',
): Ledger {
  const ledger = createLedgerFromPageData(data, { name: branch, unit: '运营分公司', company: '' });
  return importRoster(ledger, parseRoster(rosterSheet(members), data.groups).rows, 'replace');
}
