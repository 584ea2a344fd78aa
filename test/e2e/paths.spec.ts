import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { join } from 'node:path';
import { calendarToday } from '../../src/lib/platform/calendar.ts';
import { loadWorkCalendar } from '../../src/lib/content/files/holidays.ts';
import { encodeCompletionCode } from '../../src/lib/progress/completion-code.ts';
import { encodeLegacyCode } from '../../src/lib/progress/legacy-code.ts';
import { personKey } from '../../src/lib/progress/person-key.ts';
import type { PublishedPath } from '../../src/lib/progress/verify.ts';

// The activist (入党积极分子) path is the shortest in the sample curriculum.
const PATH = '/paths/activist/';

test('a group path lists the plan’s required modules by stage, with stage subtotals, against the requirement', async ({
  page,
}) => {
  await page.goto(PATH);
  await expect(page.locator('h1')).toHaveText('学习路径：入党积极分子');
  const codes = await page
    .locator('[data-progress-list] [data-code]')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.code));
  expect(codes).toEqual(['DX-002', 'DX-004', 'JL-002', 'LL-003', 'XS-005', 'ZS-001', 'ZS-002', 'SZ-002']);
  await expect(page.locator('h3#stage-soul-casting')).toContainText('16 学时');
  await expect(page.locator('h3#stage-empowerment')).toContainText('2 学时');
  await expect(page.locator('.cm-path-summary')).toContainText('年度要求 16 学时，必修 8 个模块、18 学时');
});

test('each path has a schedule and calendar files a phone can import', async ({ page, request }) => {
  await page.goto(PATH);
  await page.getByRole('link', { name: '全年安排' }).click();
  await expect(page.locator('h1')).toHaveText('全年安排：入党积极分子');
  await expect(page.locator('#schedule-quarterly + p + .cm-schedule > li')).toHaveCount(8);
  await expect(page.locator('#schedule-monthly + p + .cm-schedule > li')).toHaveCount(12);
  for (const cadence of ['quarterly', 'monthly']) {
    const response = await request.get(`${PATH}${cadence}.ics`);
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body.match(/BEGIN:VEVENT/g)?.length).toBe(cadence === 'quarterly' ? 8 : 12);
  }
});

test('marking a module as studied survives a reload and moves the path counters', async ({ page }) => {
  await page.goto('/modules/zs-001/');
  const toggle = page.locator('[data-progress-toggle] button');
  await expect(toggle).toHaveText('标记为已学');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  await page.goto(PATH);
  await expect(page.locator('[data-progress-modules]')).toHaveText('1');
  await expect(page.locator('[data-progress-hours]')).toHaveText('3');
  await expect(page.locator('[data-code="ZS-001"]')).toHaveClass(/cm-path__item--done/);

  await page.goto('/modules/zs-001/');
  await toggle.click();
  await page.goto(PATH);
  await expect(page.locator('[data-progress-modules]')).toHaveText('0');
});

test('a completion code binds the member, verifies with recomputed 学时, checks the name, and restores progress', async ({
  page,
  browser,
}) => {
  for (const code of ['dx-002', 'sz-002']) {
    await page.goto(`/modules/${code}/`);
    await page.locator('[data-progress-toggle] button').click();
  }
  await page.goto(`${PATH}record/`);
  await expect(page.locator('[data-record-count]')).toHaveText('2');
  await expect(page.locator('[data-record-hours]')).toHaveText('5');
  // No name, no code: the code binds a person.
  await expect(page.locator('[data-record-code]')).toHaveText('—');
  await expect(page.locator('[data-record-code-hint]')).toBeVisible();
  await page.getByLabel('姓名（必填）').fill('王芳');
  await page.getByLabel('党员编号或工号（可不填）').fill('A12');
  await expect(page.locator('[data-record-qr] svg')).toBeVisible();
  const completionCode = (await page.locator('[data-record-code]').textContent())!;
  expect(completionCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  // The name is asked once: it is still there after a reload.
  await page.reload();
  await expect(page.getByLabel('姓名（必填）')).toHaveValue('王芳');
  await expect(page.locator('[data-record-code]')).toHaveText(completionCode);

  // A branch secretary on another device types the code.
  const secretaryContext = await browser.newContext();
  const secretary = await secretaryContext.newPage();
  await secretary.goto('/verify/');
  await secretary.getByLabel('完成码').fill(completionCode.toLowerCase().replace(/-/g, ' '));
  await secretary.getByRole('button', { name: '核对' }).click();
  const result = secretary.locator('[data-verify-result]');
  await expect(result.locator('[data-status]')).toHaveText('完成码有效');
  await expect(result).toContainText('格式：完成码（已绑定姓名）');
  await expect(result).toContainText('党员类别：入党积极分子');
  await expect(result).toContainText('已学 2 / 8 个模块，共 5 学时（按学习计划计算）');
  await expect(result.locator('li.cm-ok')).toHaveCount(2);
  await expect(result.locator('li.cm-ok').first()).toContainText('DX-002');

  // The name binding, as a check the secretary can do.
  await secretary.getByLabel('姓名（可不填，用于核对是否本人）').fill('王 芳');
  await secretary.getByLabel('党员编号或工号（可不填）').fill('a12');
  await secretary.getByRole('button', { name: '核对' }).click();
  await expect(result.locator('[data-person="match"]')).toContainText('完成码属于「王 芳（编号 a12）」');
  await secretary.getByLabel('姓名（可不填，用于核对是否本人）').fill('李四');
  await secretary.getByRole('button', { name: '核对' }).click();
  await expect(result.locator('[data-status]')).toHaveText('完成码不能认可');
  await expect(result).toContainText('这个完成码不属于「李四（编号 a12）」');
  expect(secretary.url()).not.toContain(encodeURIComponent('李四'));

  // Scanning the QR code opens the same page with ?code=; a changed character is caught.
  const tampered =
    completionCode.slice(0, 2) + (completionCode[2] === 'A' ? 'B' : 'A') + completionCode.slice(3);
  await secretary.goto(`/verify/?code=${tampered}`);
  await expect(secretary.locator('[data-verify-result]')).toContainText('完成码校验失败');
  await secretaryContext.close();

  // A new phone: nothing saved; the member's own code brings the progress back, only under their name.
  const phoneContext = await browser.newContext();
  const phone = await phoneContext.newPage();
  await phone.goto(`${PATH}record/`);
  await expect(phone.locator('[data-record-count]')).toHaveText('0');
  await phone.getByLabel('我的完成码').fill(completionCode);
  await phone.getByLabel('姓名（必填）').fill('李四');
  await phone.getByRole('button', { name: '恢复学习进度' }).click();
  await expect(phone.locator('[data-record-restore-result]')).toContainText('姓名或编号与填写的不一致');
  await expect(phone.locator('[data-record-count]')).toHaveText('0');
  await phone.getByLabel('姓名（必填）').fill('王芳');
  await phone.getByLabel('党员编号或工号（可不填）').fill('A12');
  await phone.getByRole('button', { name: '恢复学习进度' }).click();
  await expect(phone.locator('[data-record-restore-result]')).toContainText('已恢复 2 个已学模块');
  await expect(phone.locator('[data-record-count]')).toHaveText('2');
  await expect(phone.locator('[data-record-hours]')).toHaveText('5');
  await expect(phone.locator('[data-record-code]')).toHaveText(completionCode);
  await phone.goto('/modules/dx-002/');
  await expect(phone.locator('[data-progress-toggle] button')).toHaveAttribute('aria-pressed', 'true');
  await phoneContext.close();
});

test('forged codes with a valid checksum are never 有效 on /verify/', async ({ page, request }) => {
  const published = (await (await request.get(`${PATH}path.json`)).json()) as PublishedPath;
  const plan = published.plans.find((p) => p.version === published.current)!;
  const pathCodes = plan.modules.map((m) => m.code);
  const today = calendarToday();
  const base = {
    groupId: 'activist',
    planYear: plan.year!,
    pathCodes,
    studied: new Set(pathCodes.slice(0, 1)),
  };
  const bound = { ...base, person: personKey('王芳'), date: today };
  const firstHours = plan.modules[0]!.hours;

  const verdictOf = async (code: string, query = '') => {
    await page.goto(`/verify/?code=${code}${query}`);
    const status = page.locator('[data-verify-result] [data-status]');
    await expect(status).toBeVisible();
    return {
      status: await status.textContent(),
      text: await page.locator('[data-verify-result]').textContent(),
    };
  };

  // An old code (format 2) with true 学时 still verifies and says it is old.
  const old = await verdictOf(encodeLegacyCode({ ...base, hours: firstHours, date: today }));
  expect(old.status).toBe('完成码有效');
  expect(old.text).toContain('旧版完成码（未绑定姓名）');

  const forged: [string, string, string][] = [
    [encodeLegacyCode({ ...base, hours: 999, date: today }), '', '999 学时'],
    [
      encodeCompletionCode({ ...bound, planYear: plan.year! + 1 }),
      '',
      `本站没有发布过${plan.year! + 1}年度学习计划`,
    ],
    [encodeCompletionCode({ ...bound, date: new Date(today.getTime() + 86_400_000 * 3) }), '', '晚于今天'],
    [encodeCompletionCode(bound), '&group=ordinary', '这是「入党积极分子」的完成码，不是「普通党员」的'],
  ];
  for (const [code, query, reason] of forged) {
    const verdict = await verdictOf(code, query);
    expect(verdict.status, code).not.toBe('完成码有效');
    expect(verdict.text, code).toContain(reason);
  }
  // The forged 999 学时 are never shown as 学时 studied; the recomputed figure is.
  const hours = await verdictOf(encodeLegacyCode({ ...base, hours: 999, date: today }));
  expect(hours.text).toContain(`共 ${firstHours} 学时（按学习计划计算）`);
});

test('the overview shows every group’s required 学时 against its yearly requirement, and the rotation', async ({
  page,
}) => {
  await page.goto('/overview/');
  await expect(page.locator('table[data-stages] tbody tr')).toHaveCount(9);
  const row = page.locator('table[data-stages] tr[data-group="activist"]');
  await expect(row).toContainText('18 学时');
  await expect(row.locator('a[href$="/paths/activist/#stage-soul-casting"]')).toHaveText('7 个 · 16 学时');
  await expect(page.locator('table[data-rotation] tr[data-group="activist"]')).toContainText(
    '8 个 · 18 学时',
  );
});

test('a path page with saved progress does not shift its layout as the progress fills in', async ({
  page,
}) => {
  for (const code of ['zs-001', 'dx-002']) {
    await page.goto(`/modules/${code}/`);
    await page.locator('[data-progress-toggle] button').click();
    await expect(page.locator('[data-progress-toggle] button')).toHaveAttribute('aria-pressed', 'true');
  }
  // Collects every layout shift from the first paint on, as Core Web Vitals' CLS counts them.
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { cmShifts: number[] }).cmShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(PATH);
  await expect(page.locator('[data-progress-modules]')).toHaveText('2');
  await expect(page.locator('[data-progress-summary]')).toBeVisible();
  await page.waitForTimeout(500);
  const shifts = await page.evaluate(() => (window as unknown as { cmShifts: number[] }).cmShifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
});

test('no path’s calendar holds a session on a public holiday, and every event carries its revision', async ({
  page,
  request,
}) => {
  const calendar = loadWorkCalendar(join(import.meta.dirname, '..', '..'));
  await page.goto('/paths/');
  const paths = [
    ...new Set(
      await page
        .locator('main a[href^="/paths/"]')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname)),
    ),
  ].filter((path) => /^\/paths\/[^/]+\/$/.test(path));
  expect(paths.length).toBe(9);
  const onHoliday: string[] = [];
  for (const path of paths) {
    for (const cadence of ['quarterly', 'monthly']) {
      const events = new ICAL.Component(ICAL.parse(await (await request.get(`${path}${cadence}.ics`)).text()))
        .getAllSubcomponents('vevent')
        .map((component) => new ICAL.Event(component));
      for (const event of events) {
        const day = new Date(`${event.startDate.toString()}T00:00:00Z`);
        if (!calendar.isWorkingDay(day))
          onHoliday.push(`${path}${cadence}.ics ${event.startDate.toString()}`);
        expect(event.sequence).toBeGreaterThan(0);
        const stamp = (event.component.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate();
        expect(stamp.getTime()).toBeLessThanOrEqual(Date.now());
      }
    }
  }
  expect(onHoliday).toEqual([]);
});
