import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFontPackage } from '../../src/lib/packs/pdf/engine.ts';
import { startStaticServer, type StaticServer } from '../../src/lib/packs/pdf/static-server.ts';
import {
  CLEAN_SVG,
  HOSTILE,
  HOSTILE_SVG,
  makeHostileProject,
  ROUTE_TAKERS,
  writeRouteTakers,
  SVG_FILES,
  visibleWord,
  writeSvgs,
} from '../helpers/hostile-project.ts';
import { activeSvgLines } from '../../src/lib/content/validation/dist-svgs.ts';
import { SVG_DOCUMENT_POLICY } from '../../src/lib/security/csp/headers.ts';
import { renderPdfs } from '../../src/lib/packs/pdf/render-pdfs.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { pdfLinkUris } from '../helpers/pdf.ts';

// A site built from modules, a page and taxonomy names written as an attacker would (see
// HOSTILE), served as members get it: no page may run injected script, load from another host,
// or lose the text. One build for the whole file, so its tests share one worker.
test.describe.configure({ mode: 'serial' });

let project: ReturnType<typeof makeHostileProject>;
let server: StaticServer;
let dist: string;
const url = (path: string) => new URL(path, server.origin).href;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  project = makeHostileProject();
  dist = join(project.root, 'dist');
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: project.root,
    encoding: 'utf8',
    // Print pages are kept as HTML, so their running headers are read here without printing PDFs.
    // QR codes printed for a local origin, so their SVG files exist in dist/ (tested below).
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CURRICULUM_PACKS: 'html',
      QR_ALLOW_LOCAL: '1',
      SITE_URL: process.env.SITE_URL ?? 'http://127.0.0.1:4329',
    },
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  server = await startStaticServer({ outDir: dist, base: '/', fontDir: findFontPackage().dir });
});

test.afterAll(async () => {
  await server?.close();
  project?.remove();
});

/** Opens a page and fails on any sign that injected markup became live. */
async function visitSafely(page: Page, path: string, act?: () => Promise<void>) {
  const foreign: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') foreign.push(request.url());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url(path));
  await act?.();
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), path).toBeUndefined();
  expect(await page.locator('img[src="x"], iframe, svg[onload]').count(), path).toBe(0);
  expect(foreign, path).toEqual([]);
  expect(dialogs, path).toEqual([]);
  page.removeAllListeners();
}

const pagesIn = (dir: string): string[] =>
  readdirSync(join(dist, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${dir}/${file.replace(/index\.html$/, '')}`);

test('no page of the sitemap or of the print pages runs injected script', async ({ page }) => {
  test.setTimeout(180_000);
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(paths).toContain('/modules/ll-001/');
  // Short links and the offline page are noindex, so not in the sitemap, and visited as well. A
  // short link is one template over a registry code and forwards to a page visited here already,
  // so one of them is opened (short-links.spec.ts reads every one as served).
  for (const path of [
    ...paths,
    ...pagesIn('print'),
    ...(existsSync(join(dist, 'q')) ? pagesIn('q').slice(0, 1) : []),
    '/offline/',
    '/verify/',
  ])
    await visitSafely(page, path);
});

test('a module page shows every hostile field as text, in the title and the header card', async ({
  page,
}) => {
  await visitSafely(page, '/modules/ll-001/');
  expect(await page.title()).toContain(HOSTILE.title);
  await expect(page.locator('h1')).toHaveText(HOSTILE.title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', HOSTILE.summary);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', HOSTILE.title);
  const card = page.locator('.cm-header');
  for (const text of [HOSTILE.objective, HOSTILE.lecturer, HOSTILE.topic.replace(/\s+/g, ' ')]) {
    await expect(card).toContainText(text);
  }
  for (const text of [HOSTILE.summary, HOSTILE.discussion, HOSTILE.material]) {
    await expect(page.locator('main')).toContainText(text);
  }
});

test('lesson components show hostile props as text, in a body compiled as MDX and in one stored as HTML', async ({
  page,
}) => {
  for (const path of ['/modules/ll-001/', '/modules/ll-002/']) {
    await visitSafely(page, path);
    const lesson = page.locator('.cm-lesson');
    await expect(lesson.locator('.cm-box__title'), path).toHaveText(`：${HOSTILE.title}`);
    await expect(lesson.locator('.cm-selfcheck legend'), path).toHaveText(`自测：${HOSTILE.objective}`);
    await expect(lesson.locator('.cm-selfcheck__text').first(), path).toHaveText(HOSTILE.discussion);
  }
});

test('a venue and a lecturer show every hostile field as text, in their lists and pages', async ({
  page,
}) => {
  await visitSafely(page, '/venues/');
  await expect(page.locator('main')).toContainText(HOSTILE.venue);
  await expect(page.locator('main select[name="region"]')).toContainText(HOSTILE.region);
  await visitSafely(page, '/venues/hostile/');
  await expect(page.locator('h1')).toHaveText(HOSTILE.venue);
  await expect(page.locator('main')).toContainText(HOSTILE.highlight);
  await visitSafely(page, '/lecturers/hostile/');
  await expect(page.locator('h1')).toHaveText(HOSTILE.lecturerName);
  await expect(page.locator('main')).toContainText(HOSTILE.bio);
});

test('a content page attacks through its own frontmatter and gets text', async ({ page }) => {
  await visitSafely(page, '/hostile/');
  expect(await page.title()).toContain(HOSTILE.pageTitle);
  await expect(page.locator('.hero h1')).toHaveText(HOSTILE.hero);
  await expect(page.locator('.sl-banner')).toHaveText(HOSTILE.hero);
  expect(await page.locator('head script[src*="evil"], meta[http-equiv="refresh" i]').count()).toBe(0);
});

test('search results, their filters and excerpts show hostile names as text', async ({ page }) => {
  await visitSafely(page, '/', async () => {
    await page.locator('site-search button[data-open-modal]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('searchbox').fill(visibleWord(HOSTILE.title));
    await expect(dialog.locator('.cm-search__link').first()).toContainText(HOSTILE.title);
    await dialog.getByText('筛选', { exact: true }).click();
    await expect(dialog.locator('.cm-search__filters')).toContainText(visibleWord(HOSTILE.group));
    await dialog.getByRole('searchbox').fill(visibleWord(HOSTILE.summary));
    await expect(dialog.locator('.cm-search__excerpt').first()).toContainText(visibleWord(HOSTILE.summary));
  });
});

test('the running header of a printed pack holds the title as one CSS string', async ({ page }) => {
  await visitSafely(page, '/print/modules/ll-001/');
  const headers = await page.evaluate(() =>
    [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .filter((rule) => rule instanceof CSSPageRule)
      .map((rule) => rule.cssText),
  );
  // The header kept the whole title, markup included, inside its CSS string.
  expect(headers.join('\n')).toContain('标题甲</style><script>');
});

test('calendar files and path.json carry the names as data, without extra events', () => {
  const ics = readFileSync(join(dist, 'paths', 'ordinary', 'quarterly.ics'), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  expect(ics.match(/^BEGIN:VEVENT\r$/gm)?.length).toBe(events.length);
  expect(events.some((event) => event.description.includes(HOSTILE.title))).toBe(true);
  expect(events.some((event) => event.description.includes('第二课\nEND:VEVENT\nBEGIN:VEVENT'))).toBe(true);
  const path = JSON.parse(readFileSync(join(dist, 'paths', 'ordinary', 'path.json'), 'utf8')) as {
    groupName: string;
  };
  expect(path.groupName).toBe(HOSTILE.group);
});

// Class 1 of issue 16: no active SVG on the site's origin, from content/, public/ or the build.
const svgFilesIn = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.svgz?$/i.test(file));

test('dist/ holds the SVGs from content/, public/ and the QR routes, and none with active content', () => {
  const files = svgFilesIn(dist);
  expect(files).toContain(join('icons', 'badge.svg'));
  expect(
    files.some((file) => /^_astro[/\\]flow\.[\w-]+\.svg$/.test(file)),
    files.join(' '),
  ).toBe(true);
  expect(files).toContain(join('qr', 'll-001.svg'));
  const svgs = files.map((file) => ({ file, text: readFileSync(join(dist, file), 'utf8') }));
  expect(activeSvgLines(svgs)).toEqual([]);
  // The clean picture is copied byte for byte: checked, not rewritten.
  expect(readFileSync(join(dist, 'icons', 'badge.svg'), 'utf8')).toBe(CLEAN_SVG);
});

test('SVG documents opened by their own URL run no script', async ({ page }) => {
  await visitSafely(page, '/modules/ll-001/');
  const image = await page.locator('main img[src*="flow"]').first().getAttribute('src');
  expect(image).toMatch(/\/_astro\/flow\.[\w-]+\.svg$/);
  for (const path of [image!, '/icons/badge.svg', '/qr/ll-001.svg']) {
    const response = await page.request.get(url(path));
    expect(response.headers()['content-type'], path).toContain('image/svg+xml');
    await visitSafely(page, path);
  }
});

test('the SVG policy of docs/deployment.md stops a hostile SVG that reached the origin', async ({ page }) => {
  // The build refuses such a file (next test); this proves the host's second line of defence.
  const serve = (policy: string | undefined) =>
    page.route('**/slipped-past.svg', (route) =>
      route.fulfill({
        contentType: 'image/svg+xml',
        headers: policy ? { 'Content-Security-Policy': policy } : {},
        body: HOSTILE_SVG,
      }),
    );
  await serve(SVG_DOCUMENT_POLICY);
  // Not visitSafely: the file's own <svg onload> is there by design; what matters is that it is inert.
  // Chromium reports a request the policy blocks as issued and then failed with a CSP error.
  const foreign: string[] = [];
  page.on('requestfailed', (request) => {
    const blocked = /csp/i.test(request.failure()?.errorText ?? '');
    if (new URL(request.url()).hostname !== '127.0.0.1' && !blocked) foreign.push(request.url());
  });
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') foreign.push(request.url());
  });
  await page.goto(url('/slipped-past.svg'));
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(foreign).toEqual([]);
  page.removeAllListeners();
  await page.unrouteAll();
  // Without the header the same file runs: the test above is not vacuous.
  await serve(undefined);
  await page.goto(url('/slipped-past.svg'));
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeDefined();
});

test('a hostile SVG and pages or groups that take a URL stop the build, naming the files', () => {
  test.setTimeout(120_000);
  const refused = makeHostileProject();
  try {
    writeSvgs(refused.root, HOSTILE_SVG);
    writeRouteTakers(refused.root);
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: refused.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CURRICULUM_PACKS: 'html' },
    });
    const output = build.stdout + build.stderr;
    expect(build.status, output).toBe(1);
    for (const file of Object.values(SVG_FILES)) {
      expect(output).toContain(`${file}:2:1  onload  SVG 文件中 <svg> 上不允许事件属性「onload」`);
      expect(output).toContain(`${file}:10:1  svg  SVG 文件中不允许 <script>`);
    }
    // Each URL taken twice is named with both files, never left to a silent replacement.
    expect(output).toMatch(new RegExp(`${ROUTE_TAKERS.generated}:\\d+  \\S+  .*/verify/`));
    expect(output).toMatch(new RegExp(`${ROUTE_TAKERS.duplicate}:\\d+  \\S+  .*content/pages/hostile\\.mdx`));
    expect(output).toMatch(new RegExp(`${ROUTE_TAKERS.groups}:\\d+  id  .*ll-001.*ll-001-hostile\\.mdx`));
    // Nothing was published: no dist/ at all, so no active SVG in it.
    expect(readdirSync(refused.root)).not.toContain('dist');
  } finally {
    refused.remove();
  }
});

// Class 4 of issue 16: the PDFs a branch prints link to the public site, never to the print server.
test('PDF link actions open the public site, in both editions', async () => {
  test.setTimeout(180_000);
  const jobs = (['member', 'lecturer'] as const).map((edition) => ({
    source: `${sitePaths.printModule('LL-001', edition)}index.html`,
    output: `packs/hostile-${edition}.pdf`,
    title: '链接',
  }));
  const cacheDir = join(project.root, '.pdf-cache');
  await renderPdfs(jobs, { outDir: dist, cacheDir, base: '/', log: () => undefined });
  const site = new URL(process.env.SITE_URL ?? 'http://127.0.0.1:4329').origin;
  for (const { output } of jobs) {
    const uris = pdfLinkUris(readFileSync(join(dist, output)));
    // The body's ../ll-002/ is the short link of LL-002 wherever the edition's print page lies.
    expect(uris, output).toContain(`${site}/q/ll-002/`);
    expect(uris, output).toContain('https://www.gov.cn/');
    for (const uri of uris)
      expect(uri, output).toMatch(new RegExp(`^(${site}/(q|modules)/|https://www\\.gov\\.cn/)`));
  }
});
