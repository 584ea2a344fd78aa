import { expect, test } from '@playwright/test';

// JL-002 (培训纪律与请销假制度) carries a table, a task list, a footnote and an autolink.
const MODULE = '/modules/jl-002/';

test('a module page opens with its header card', async ({ page }) => {
  await page.goto(MODULE);
  await expect(page.locator('h1')).toHaveText('培训纪律与请销假制度');
  const card = page.locator('.cm-header');
  await expect(card).toBeVisible();
  for (const fact of [
    'JL-002',
    '1 学时',
    '铸魂',
    '纪律与廉洁',
    '线上课程',
    '基层党员',
    '中层党员',
    '党支部书记',
    '入党积极分子',
    '公司党校',
    '2026年2月10日',
  ]) {
    await expect(card).toContainText(fact);
  }
  await expect(card.locator('.cm-header__objectives li')).toHaveCount(3);
  await expect(
    page.locator('#discussion-questions + ol li, h2#discussion-questions ~ ol li').first(),
  ).toBeVisible();
});

test('GFM tables, task lists, footnotes and autolinks render in MDX', async ({ page }) => {
  await page.goto(MODULE);
  const content = page.locator('.sl-markdown-content');
  await expect(content.locator('table th').first()).toHaveText('情形');
  await expect(content.locator('li.task-list-item input[type=checkbox]')).toHaveCount(3);
  await expect(content.locator('li.task-list-item input[type=checkbox]:checked')).toHaveCount(1);
  await expect(content.locator('section.footnotes h2')).toHaveText('注释');
  await expect(content.locator('section.footnotes li')).toContainText('登记表由培训班统一发放');
  await expect(content.locator('a[href="https://www.12371.cn"]')).toBeVisible();
});

test('navigation is a fixed handful of links, not the whole curriculum', async ({ page }) => {
  await page.goto(MODULE);
  // 首页, 学习路径, 课程目录, 学时总览, 学习包下载, 支部学习台账, 组织部汇总, one per registry kind
  // (外训名录, 师资库, 培训班次), one per taxonomy kind (5), 授课人指南.
  const sidebarLinks = await page.locator('#starlight__sidebar a').count();
  expect(sidebarLinks).toBe(16);
});

test('lecturer notes never reach a member page', async ({ request }) => {
  const html = await (await request.get('/modules/xs-001/')).text();
  expect(html).toContain('国企改革深化提升与本单位任务');
  expect(html).not.toContain('建议授课 90 分钟');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a self-check tells right from wrong, with no :has() for old phones', async ({ page }) => {
    await page.goto(MODULE);
    const selfCheckRules = await page.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .flatMap((rule) => ('cssRules' in rule ? [rule, ...(rule as CSSGroupingRule).cssRules] : [rule]))
        .map((rule) => (rule as CSSStyleRule).selectorText ?? '')
        .filter((selector) => selector.includes('cm-selfcheck')),
    );
    expect(selfCheckRules.length).toBeGreaterThan(0);
    expect(selfCheckRules.filter((selector) => selector.includes(':has('))).toEqual([]);
    const check = page.locator('.cm-selfcheck').first();
    const marking = (text: string) =>
      check
        .locator('label', { hasText: text })
        .locator('.cm-selfcheck__text')
        .evaluate((el) => getComputedStyle(el, '::after').content);
    await check.locator('label', { hasText: '请同事帮忙签到' }).click();
    expect(await marking('请同事帮忙签到')).toContain('再想想');
    await check.locator('label', { hasText: '事先向班主任或临时班委会请假' }).click();
    expect(await marking('事先向班主任或临时班委会请假')).toContain('回答正确');
    await check.locator('summary').click();
    await expect(check.locator('details p')).toContainText('正确答案');
  });
});
