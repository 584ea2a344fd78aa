import { expect, test } from '@playwright/test';

// The 外训名录 and the 师资库 as a member and a branch secretary use them: the plan year's list
// with filters that follow the URL, an entry page with its modules and its permanent /q/ link,
// and module pages that link their lecturer and venues. Nothing is asked of another site (no map
// tiles, no scripts): the address is text and a geo: link.

test('/venues/ shows the year’s 外训名录 and filters it by region, kind and group', async ({ page }) => {
  const offsite: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('http://127.0.0.1')) offsite.push(request.url());
  });
  await page.goto('/venues/');
  await expect(page.locator('h1')).toHaveText('外训名录');
  await expect(page.getByRole('heading', { name: '2027 年外训名录（8 个）' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '其他外训基地（未列入本年度名录）' })).toBeVisible();
  const cards = page.locator('[data-registry-list] > li');
  await expect(cards).toHaveCount(9);
  await page.getByLabel('类型').selectOption({ label: '对标学习单位（2）' });
  await expect(page).toHaveURL(/\?kind=benchmark$/);
  await expect(cards.locator('visible=true')).toHaveCount(2);
  await expect(page.getByRole('status')).toHaveText('筛选后共 2 项');
  // The URL is the filter: opened again, it shows the same cards.
  await page.goto('/venues/?group=near-retirement');
  await expect(cards.locator('visible=true')).toHaveText([/庐山会议旧址/]);
  await page.getByLabel('地区').selectOption({ label: '江西省井冈山市（1）' });
  await expect(cards.locator('visible=true')).toHaveCount(0);
  expect(offsite).toEqual([]);
});

test('a venue’s page: what to learn, a geo: link, its modules and its permanent short link', async ({
  page,
}) => {
  await page.goto('/venues/jinggangshan/');
  await expect(page.locator('h1')).toHaveText('中国井冈山干部学院');
  await expect(page.getByText('已列入 2027 年外训名录。')).toBeVisible();
  await expect(page.getByRole('link', { name: '在手机地图中打开这个地址' })).toHaveAttribute(
    'href',
    'geo:26.57,114.17',
  );
  await expect(page.getByRole('link', { name: '走进红色教育基地：现场学习的组织与实施' })).toHaveAttribute(
    'href',
    '/modules/dx-005/',
  );
  await expect(page.getByRole('link', { name: '/q/venue-jinggangshan/' })).toBeVisible();
  await expect(page.locator('img[src="/qr/venue-jinggangshan.svg"]')).toHaveCount(1);
  await page.goto('/q/venue-jinggangshan/');
  await expect(page).toHaveURL(/\/venues\/jinggangshan\/$/);
  await page.goto('/venues/lushan/');
  await expect(page.getByText('未列入 2027 年外训名录。')).toBeVisible();
});

test('/lecturers/ lists who teaches what, by team and topic', async ({ page }) => {
  await page.goto('/lecturers/');
  await expect(page.locator('h1')).toHaveText('师资库');
  const cards = page.locator('[data-registry-list] > li');
  await expect(cards).toHaveCount(11);
  await page.getByLabel('宣讲团').selectOption('craftsman');
  await expect(cards.locator('visible=true')).toHaveText([/孙师傅/, /吴师傅/]);
  await page.getByLabel('专题').selectOption('party-spirit');
  await expect(cards.locator('visible=true')).toHaveText([/吴师傅/]);
  await expect(page).toHaveURL(/\?team=craftsman&topic=party-spirit$/);
});

test('a lecturer’s page lists their modules, and the module page links back', async ({ page }) => {
  await page.goto('/lecturers/party-school-li/');
  await expect(page.locator('h1')).toHaveText('李教授');
  await expect(page.getByText('市委党校党史党建教研部')).toBeVisible();
  const modules = page.locator('main h2:text("讲授的课程模块") + ul a');
  await expect(modules).toHaveAttribute('href', '/modules/dx-001/');
  // content/evaluations/2026.yaml rates DX-001 [52, 41, 9, 2]: 102 of 104 satisfied.
  await expect(page.locator('.cm-lecturer-result')).toHaveText('2026 年评估：满意率 98.1%（104 人评价）');
  await page.goto('/q/lecturer-party-school-li/');
  await expect(page).toHaveURL(/\/lecturers\/party-school-li\/$/);
  await page.goto('/modules/dx-001/');
  await page.getByText('课程信息与学习目标').click();
  await expect(page.getByRole('link', { name: '李教授' })).toHaveAttribute(
    'href',
    '/lecturers/party-school-li/',
  );
});

test('without JavaScript every venue shows', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/venues/?kind=benchmark');
  await expect(page.locator('[data-registry-list] > li').locator('visible=true')).toHaveCount(9);
  await context.close();
});
