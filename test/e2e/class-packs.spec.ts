import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from '../helpers/axe.ts';
import { pdfPages, pdfQrCodes, pdfText, squash } from '../helpers/pdf.ts';
import { classHalfDays, classSessions } from '../../src/lib/classes/sessions.ts';
import { loadPlans } from '../../src/lib/content/files/plans.ts';
import { loadRegistries } from '../../src/lib/content/files/registries.ts';
import { loadSettings } from '../../src/lib/content/files/settings.ts';
import { planVenueIds, venueList } from '../../src/lib/registries/venue-list.ts';

// The class packs (packs/classes/<id>.pdf) and the plan year's 外训名录 (packs/venues-<year>.pdf),
// read as a branch reads paper: pdftotext for the text, zbarimg for the QR codes.
const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist');
const registries = loadRegistries(root);
const planYear = loadSettings(root).plan.year;
const { listed } = venueList(registries.venues, planVenueIds(loadPlans(root), planYear));
const venueListPdf = join(dist, 'packs', `venues-${planYear}.pdf`);
const classPdf = (id: string) => join(dist, 'packs', 'classes', `${id}.pdf`);

test.describe.configure({ mode: 'parallel' });

/** The page a printed short link opens: the /q/ page must exist and forward to a page that exists. */
function expectOpensAPage(url: string) {
  const { pathname } = new URL(url);
  expect(pathname, url).toMatch(/^\/q\/[a-z0-9-]+\/$/);
  const page = join(dist, pathname, 'index.html');
  expect(existsSync(page), `${url} → ${page}`).toBe(true);
  const target = /url=([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1];
  expect(target && existsSync(join(dist, target, 'index.html')), `${url} forwards to ${target}`).toBe(true);
  return target!;
}

test('the sample data has the two classes and a 外训名录 of at least eight venues', () => {
  expect(registries.classes.map((entry) => entry.data.kind).toSorted()).toEqual(['activist', 'rotation']);
  const rotation = registries.classes.find((entry) => entry.data.kind === 'rotation')!;
  expect(rotation.data.days).toHaveLength(3);
  expect(rotation.data.programme?.map((entry) => entry.item)).toHaveLength(5);
  expect(listed.length).toBeGreaterThanOrEqual(8);
});

test('a class pack has one sign-in sheet per half-day, each on its own page, and counts them in its contents', () => {
  const heading = squash('签到表（一场一签）：');
  for (const { id, data } of registries.classes) {
    const halfDays = classHalfDays(classSessions(data));
    const pages = pdfPages(classPdf(id));
    const sheetsOn = pages.map((text) => text.split(heading).length - 1);
    expect(
      sheetsOn.reduce((sum, count) => sum + count, 0),
      id,
    ).toBe(halfDays.length);
    expect(Math.max(...sheetsOn), id).toBe(1);
    const text = pages.join('');
    expect(text, id).toContain(squash(`签到表${halfDays.length} 场`));
    // The sheets come in programme order, each naming its half-day's first session.
    let from = 0;
    for (const halfDay of halfDays) {
      const at = text.indexOf(squash(halfDay.sessions[0]!.title), text.indexOf(heading, from));
      expect(at, `${id} ${halfDay.id}`).toBeGreaterThan(from);
      from = at;
    }
  }
});

test('a class pack prints its cover, programme, modules, assessment form, evaluation card and certificate', () => {
  for (const { id, data } of registries.classes) {
    const text = pdfText(classPdf(id));
    for (const part of [
      data.name,
      '日程安排',
      '学员培训考核登记表',
      '结业证书',
      `评估卡（不记名）：${data.name}`,
      '现实针对性',
      '教风教态',
      ...(data.programme ?? []).map((p) => p.item),
    ])
      expect(text, `${id}: ${part}`).toContain(squash(part));
    for (const code of new Set(data.days.flatMap((day) => day.sessions.flatMap((s) => s.modules ?? []))))
      expect(text, `${id}: ${code}`).toContain(code);
  }
});

test('every QR code in the class packs opens a page that exists; the cover opens the class page', () => {
  for (const { id } of registries.classes) {
    const codes = pdfQrCodes(classPdf(id));
    expect(codes.length, id).toBeGreaterThan(1);
    const targets = codes.map(expectOpensAPage);
    expect(targets, id).toContain(`/classes/${id}/`);
  }
});

test('the 外训名录 has one QR code per listed venue, each opening that venue’s page', () => {
  const text = pdfText(venueListPdf);
  for (const { data } of listed) expect(text).toContain(squash(data.name));
  const codes = pdfQrCodes(venueListPdf);
  expect(codes).toHaveLength(listed.length);
  const targets = codes.map(expectOpensAPage);
  expect(targets.toSorted()).toEqual(listed.map(({ id }) => `/venues/${id}/`).toSorted());
});

test('a class calendar has one event per session, and the class page links it and the pack', async ({
  page,
}) => {
  for (const { id, data } of registries.classes) {
    const ics = readFileSync(join(dist, 'classes', id, 'calendar.ics'), 'utf8');
    expect(ics.match(/^BEGIN:VEVENT/gm)?.length, id).toBe(classSessions(data).length);
    await page.goto(`/classes/${id}/`);
    await expect(page.locator('h1')).toHaveText(data.name);
    for (const href of [`/classes/${id}/calendar.ics`, `/packs/classes/${id}.pdf`])
      await expect(page.locator(`a[href="${href}"]`), `${id}: ${href}`).toHaveCount(1);
  }
});

test('the packs page offers the 外训名录 and every class pack for download', async ({ page }) => {
  await page.goto('/packs/');
  const hrefs = [
    `/packs/venues-${planYear}.pdf`,
    ...registries.classes.map(({ id }) => `/packs/classes/${id}.pdf`),
  ];
  for (const href of hrefs) {
    await expect(page.locator(`a[href="${href}"]`), href).toHaveCount(1);
    expect(existsSync(join(dist, href)), href).toBe(true);
  }
});

// a11y.spec.ts checks one page of each template; the class pages differ by what a class fills in
// (a 五个一 programme, sessions at other venues), so every one is checked here.
test('axe finds nothing on the class list and on every class page', async ({ page }) => {
  for (const url of ['/classes/', ...registries.classes.map(({ id }) => `/classes/${id}/`)]) {
    await page.goto(url);
    expect(await axeViolations(page, url)).toEqual([]);
  }
});
