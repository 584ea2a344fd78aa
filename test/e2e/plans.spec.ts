import { expect, test, type APIRequestContext } from '@playwright/test';
import { join } from 'node:path';
import { pdfLayoutPages, squash } from '../helpers/pdf.ts';
import type { PublishedPath } from '../../src/lib/progress/verify.ts';

// Everything a group's path drives follows one yearly plan: the path page, the schedule, the .ics
// files, the printed pack and the completion code all name the same required modules.
const GROUP = 'activist';
const PATH = `/paths/${GROUP}/`;
const dist = join(import.meta.dirname, '..', '..', 'dist');
const CODE = /[A-Z]{2}-\d{3}/g;

async function currentPlan(request: APIRequestContext) {
  const published = (await (await request.get(`${PATH}path.json`)).json()) as PublishedPath;
  const plan = published.plans.find((p) => p.version === published.current)!;
  return { ...plan, codes: plan.modules.map((m) => m.code) };
}

test('the path page lists the plan’s required modules first, then its electives, with the year', async ({
  page,
  request,
}) => {
  const plan = await currentPlan(request);
  expect(plan.codes.length).toBeGreaterThan(0);
  await page.goto(PATH);
  const codesIn = (selector: string) =>
    page.locator(selector).evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.code!));
  expect(await codesIn('[data-progress-list] [data-code]')).toEqual(plan.codes);
  const electives = await codesIn('[data-elective-list] [data-code]');
  expect(electives.filter((code) => plan.codes.includes(code))).toEqual([]);
  await expect(page.locator('.cm-path-summary')).toContainText(`${plan.year}年度`);
  const required = page.locator('h2#required');
  await expect(required).toContainText(`${plan.codes.length} 个模块`);
  // 必修 comes before 选修 on the page.
  const order = await page.locator('h2#required, h2#electives').evaluateAll((hs) => hs.map((h) => h.id));
  expect(order[0]).toBe('required');
});

test('the schedule and both calendar files hold exactly the required modules', async ({ page, request }) => {
  const plan = await currentPlan(request);
  const required = [...plan.codes].sort();
  await page.goto(`${PATH}schedule/`);
  const studied = await page
    .locator('#schedule-quarterly + p + .cm-schedule > li[data-kind="study"] li')
    .allTextContents();
  expect(studied.flatMap((line) => line.match(CODE) ?? []).sort()).toEqual(required);
  const monthly = (await page.locator('#schedule-monthly + p + .cm-schedule').textContent())!;
  expect([...new Set(monthly.match(CODE))].sort()).toEqual(required);
  for (const cadence of ['quarterly', 'monthly']) {
    const ics = (await (await request.get(`${PATH}${cadence}.ics`)).text()).replace(/\r\n /g, '');
    expect([...new Set(ics.match(CODE))].sort(), cadence).toEqual(required);
  }
});

test('the path pack prints the year, a contents page with true page numbers, and the required modules in full', async ({
  request,
}) => {
  const plan = await currentPlan(request);
  const pages = pdfLayoutPages(join(dist, 'packs', 'paths', `${GROUP}.pdf`));
  expect(squash(pages[0]!)).toContain(`${plan.year}年度`);
  const contents = pages[1]!;
  expect(squash(contents)).toContain('目录');
  for (const module of plan.modules) {
    // `DX-002 title … 3 学时   5`: the last number on the entry's line is its first page.
    const line = contents.split('\n').find((l) => l.includes(module.code));
    expect(line, module.code).toBeTruthy();
    const first = Number(/(\d+)\s*$/.exec(line!)![1]);
    expect(squash(pages[first - 1]!), `${module.code} on page ${first}`).toContain(
      squash(module.title).slice(0, 12),
    );
  }
  const text = squash(pages.join(''));
  expect(text).toContain('选修课程');
  expect(text).toContain('自测题答案');
  expect(text).not.toContain('查看答案');
});

test('a completion code covers the required modules and names its plan on the verify page', async ({
  page,
  request,
}) => {
  const plan = await currentPlan(request);
  const [first, second] = plan.modules;
  for (const module of [first!, second!]) {
    await page.goto(`/modules/${module.code.toLowerCase()}/`);
    await page.locator('[data-progress-toggle] button').click();
  }
  await page.goto(`${PATH}record/`);
  await page.getByLabel('姓名（必填）').fill('王芳');
  const rows = await page
    .locator('[data-record] [data-progress-list] [data-code]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.code!));
  expect(rows).toEqual(plan.codes);
  const completionCode = (await page.locator('[data-record-code]').textContent())!;
  await page.goto(`/verify/?code=${completionCode}`);
  const result = page.locator('[data-verify-result]');
  await expect(result).toContainText('完成码有效');
  await expect(result).toContainText(`${plan.year}年度学习计划（版本 ${plan.version}）`);
  await expect(result).toContainText(
    `已学 2 / ${plan.codes.length} 个模块，共 ${first!.hours + second!.hours} 学时`,
  );
  await expect(result.locator('li')).toHaveCount(plan.codes.length);
});

test('the short link opens the group’s current plan, whatever the year', async ({ page, request }) => {
  const plan = await currentPlan(request);
  await page.goto(`/q/${GROUP}/`);
  await expect(page).toHaveURL(new RegExp(`${PATH}$`));
  await expect(page.locator('.cm-path-summary')).toContainText(`${plan.year}年度`);
});
