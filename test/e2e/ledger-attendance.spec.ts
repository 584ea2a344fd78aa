import { expect, test, type Page } from '@playwright/test';
import { createRandom } from '../../scripts/lib/prng.ts';
import { findCodesInText } from '../../src/lib/ledger/codes-in-text.ts';
import type { Ledger } from '../../src/lib/ledger/ledger-state.ts';
import { matchCodes } from '../../src/lib/ledger/match-codes.ts';
import { createLedgerFromPageData, type LedgerPageData } from '../../src/lib/ledger/page-data.ts';
import { parseRoster } from '../../src/lib/ledger/roster.ts';
import { calendarToday } from '../../src/lib/platform/calendar.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { makeMembers, memberCode, rosterSheet, seedLedger } from '../helpers/ledger.ts';

// 一场一签 at the first quarter's study: the secretary marks 20 members 请假 and the rest 出席 with
// the shortcut. Every one of the 100 present gains exactly that session's 学时 as 集中学时, and the
// 未完成 list the page shows is the one this test works out by itself from the same numbers.
const MEMBERS = 120;
const ON_LEAVE = 20;

/** Hours as people write them: two decimals at most, never 0.30000000000000004. */
const round = (hours: number) => Math.round(hours * 100) / 100;

async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('[data-totals-members] tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.trim())),
    );
}

/** Name → 集中学时, read off the 学时统计 table (column 集中学时). */
async function collectiveByName(page: Page): Promise<Map<string, number>> {
  const header = await page.locator('[data-totals-members] thead th').allTextContents();
  const at = header.indexOf('集中学时');
  return new Map((await tableRows(page)).map((row) => [row[1]!, Number(row[at])]));
}

test('ticking the first quarter’s study for 100 members raises each one’s 集中学时 by exactly its 学时; 未完成 matches', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const data = (await (await request.get(`/${sitePaths.branchData()}`)).json()) as LedgerPageData;
  // The group with the most members' work to do, and its first quarterly study.
  const group = data.groups.find((g) => g.sessions.some((s) => s.kind === 'study' && s.modules.length > 0))!;
  const session = group.sessions.find((s) => s.kind === 'study' && s.modules.length > 0)!;
  const sessionHours = round(session.modules.reduce((sum, m) => sum + m.hours, 0));
  expect(sessionHours).toBeGreaterThan(0);

  const members = makeMembers(MEMBERS, [group], 11);
  const empty = createLedgerFromPageData(data, { name: '第二党支部', company: '', unit: '' });
  const roster = parseRoster(rosterSheet(members), Object.values(empty.groups)).rows;
  // Half the members have sent a code: some studied everything, some part.
  const random = createRandom(5);
  const path = data.paths[group.id]!;
  const plan = path.plans.find((p) => p.version === path.current)!;
  const studied = new Map(
    members
      .filter(() => random.chance(0.5))
      .map((m) => [m.name, plan.modules.filter(() => random.chance(0.7)).map((x) => x.code)] as const),
  );
  const chat = members
    .filter((m) => studied.has(m.name))
    .map((m) => memberCode(m, path, new Set(studied.get(m.name))))
    .join('\n');
  const codes = matchCodes(findCodesInText(chat), {
    rows: roster,
    paths: data.paths,
    today: calendarToday(),
    year: empty.year,
  }).codes;
  expect(codes).toHaveLength(studied.size);
  const ledger: Ledger = { ...empty, roster, codes };

  await page.goto(`/${sitePaths.branch()}`);
  await seedLedger(page, ledger);
  await page.reload();
  await expect(page.locator('[data-totals-members] tbody tr')).toHaveCount(MEMBERS);
  const before = await collectiveByName(page);

  const panel = page.locator('[data-attendance-panel]');
  await panel.getByLabel('活动', { exact: true }).selectOption(`${group.id}/${session.id}`);
  await expect(panel.locator('[data-session-info]')).toContainText(`${sessionHours} 学时`);
  const rows = panel.locator('li[data-row-id]');
  await expect(rows).toHaveCount(MEMBERS);
  for (let i = 0; i < ON_LEAVE; i++) await rows.nth(i).getByLabel('请假', { exact: true }).check();
  await panel.getByRole('button', { name: '全部出席' }).click();
  await expect(panel.locator('[data-attendance-counts]')).toHaveText(
    `本场 ${MEMBERS} 人：出席 ${MEMBERS - ON_LEAVE}，请假 ${ON_LEAVE}，补学 0，缺席 0，未记 0`,
  );
  await expect(rows.nth(0).getByLabel('请假', { exact: true })).toBeChecked();
  await expect(rows.nth(ON_LEAVE).getByLabel('出席', { exact: true })).toBeChecked();

  // Saved at once: a reload shows the same marks.
  await page.reload();
  await panel.getByLabel('活动', { exact: true }).selectOption(`${group.id}/${session.id}`);
  await expect(panel.locator('[data-attendance-counts]')).toContainText(`出席 ${MEMBERS - ON_LEAVE}，`);

  const after = await collectiveByName(page);
  const onLeave = new Set(members.slice(0, ON_LEAVE).map((m) => m.name));
  for (const member of members)
    expect(round(after.get(member.name)! - before.get(member.name)!), member.name).toBe(
      onLeave.has(member.name) ? 0 : sessionHours,
    );

  // 未完成, worked out here: attendance credits the session's modules, the code the rest.
  const inSession = new Map(session.modules.map((m) => [m.code, m.hours]));
  const hoursOf = new Map(plan.modules.map((m) => [m.code, m.hours]));
  const expected = members
    .filter((member) => {
      const collective = onLeave.has(member.name) ? 0 : sessionHours;
      const own = (studied.get(member.name) ?? []).filter(
        (code) => onLeave.has(member.name) || !inSession.has(code),
      );
      const self = own.reduce((sum, code) => sum + hoursOf.get(code)!, 0);
      return round(collective + self) < group.requiredHours;
    })
    .map((m) => m.name);
  await page.getByLabel('只看未完成').check();
  const shown = (await tableRows(page)).map((row) => row[1]);
  expect(shown).toEqual(expected);
  await expect(page.locator('[data-totals-summary]')).toContainText(`未完成 ${expected.length} 人`);
});
