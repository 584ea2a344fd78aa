import { expect, test, type Page } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGzipServer, type GzipServer } from '../../scripts/lib/budget/gzip-server.ts';
import { BuiltSite } from '../../src/lib/built-site/built-site.ts';
import { writeOfflineManifest } from '../../src/lib/offline/write-offline.ts';
import { projectRoot } from '../helpers/content.ts';

// Offline is a real outage here: each test serves the built site from its own server and
// stops it, so the service worker meets refused connections, as on a phone without signal.
const dist = join(projectRoot, 'dist');
const PATH = '/paths/branch-secretary/';

async function serve(dir = dist, port = 0): Promise<GzipServer> {
  return startGzipServer(dir, '/', port);
}

/** Waits until the worker controls the site and has kept the page being read. */
async function waitUntilKept(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect
    .poll(() => page.evaluate(() => caches.match(location.href.split('#')[0]!).then(Boolean)))
    .toBe(true);
}

/** Serves the site, opens `path` and waits until the worker has kept it: every test's first visit. */
async function openKept(page: Page, path: string): Promise<GzipServer> {
  const server = await serve();
  await page.goto(`${server.origin}${path}`);
  await waitUntilKept(page);
  return server;
}

async function savePath(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: /保存本学习路径|更新已保存的内容/ }).click();
  await expect(page.locator('[data-save-status]')).toContainText(/已保存|已是最新/, { timeout: 30_000 });
  return JSON.parse((await page.locator('[data-save-path]').getAttribute('data-pages'))!) as string[];
}

test('a module read once opens offline; an unsaved page shows the Chinese offline page listing it', async ({
  page,
}) => {
  const server = await openKept(page, '/modules/dx-001/');
  const title = await page.locator('h1').first().textContent();
  await server.close();

  await page.reload();
  await expect(page.locator('h1').first()).toHaveText(title!);
  await page.goto(`${server.origin}/modules/dx-002/`);
  await expect(page.locator('h1').first()).toHaveText('离线阅读');
  await expect(page.locator('[data-offline-list]')).toContainText(title!.trim());
});

test('a saved path opens every one of its modules offline', async ({ page }) => {
  const server = await openKept(page, PATH);
  const pages = await savePath(page);
  expect(pages.length).toBeGreaterThan(2);
  await expect(page.locator('[data-save-status]')).toContainText('MB');
  await server.close();

  for (const url of pages) {
    await page.goto(`${server.origin}${url}`);
    await expect(page.locator('h1').first()).not.toHaveText('离线阅读');
  }
});

/** Scrolls the lazy QR code into view and waits until it has loaded (naturalWidth > 0). */
async function expectQrLoaded(page: Page, code: string): Promise<void> {
  const qr = page.locator(`img[src="/qr/${code}.svg"]`);
  await qr.scrollIntoViewIfNeeded();
  await expect
    .poll(() => qr.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0)))
    .toBeGreaterThan(0);
}

test('offline, a printed short link of a saved path opens its module with the QR code, with or without the slash', async ({
  page,
  context,
}) => {
  const server = await openKept(page, PATH);
  const module = (await savePath(page)).find((url) => url.startsWith('/modules/'))!;
  const code = module.split('/')[2]!;
  await server.close();
  await context.setOffline(true);

  for (const link of [`/q/${code}/`, `/q/${code}`, `/q/${code.toUpperCase()}`, module.slice(0, -1)]) {
    await page.goto(`${server.origin}${link}`);
    await expect(page, link).toHaveURL(`${server.origin}${module}`);
    await expect(page.locator('h1').first(), link).not.toHaveText('离线阅读');
    await expectQrLoaded(page, code);
  }
});

test('a module read once keeps its lazy QR code, not yet scrolled to, for offline reading', async ({
  page,
  context,
}) => {
  const server = await openKept(page, '/modules/dx-001/');
  await expect.poll(() => page.evaluate(() => caches.match('/qr/dx-001.svg').then(Boolean))).toBe(true);
  await server.close();
  await context.setOffline(true);

  await page.reload();
  await expectQrLoaded(page, 'dx-001');
});

test('offline, the fallback page lists the saved pages from its first paint, never "nothing saved"', async ({
  page,
  context,
}) => {
  const server = await openKept(page, PATH);
  await savePath(page);
  await server.close();
  await context.setOffline(true);

  // Records whether the "nothing saved" note is ever shown, from the first node parsed on.
  await page.addInitScript(() => {
    const seen = window as unknown as { emptyShown?: boolean };
    new MutationObserver(() => {
      const empty = document.querySelector<HTMLElement>('[data-offline-empty]');
      if (empty && !empty.hidden) seen.emptyShown = true;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(`${server.origin}/overview/`);
  await expect(page.locator('h1').first()).toHaveText('离线阅读');
  const list = page.locator('[data-offline-list]');
  // Only the worker writes this attribute: the list came in the HTML, before any script ran.
  await expect(list).toHaveAttribute('data-offline-rendered');
  await expect(list.getByRole('link')).not.toHaveCount(0);
  await expect(list).toContainText('学习路径');
  await page.waitForLoadState('load');
  expect(
    await page.evaluate(() => (window as unknown as { emptyShown?: boolean }).emptyShown),
  ).toBeUndefined();
  await expect(page.locator('[data-offline-empty]')).toBeHidden();
});

test('after a rebuild that changed one module, saving again fetches only that module', async ({ page }) => {
  const site = mkdtempSync(join(tmpdir(), 'offline-rebuild-'));
  cpSync(dist, site, { recursive: true, filter: (source) => !source.includes(`${join(dist, 'packs')}`) });
  try {
    let server = await serve(site);
    const port = Number(new URL(server.origin).port);
    await page.goto(`${server.origin}${PATH}`);
    await waitUntilKept(page);
    const pages = await savePath(page);
    await server.close();

    // The rebuild: one module's lesson changes, and the offline manifest is written again by
    // the same code the build runs.
    const changed = pages.find((url) => url.startsWith('/modules/'))!;
    const file = join(site, changed, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p>本课已修订。</p></main>'));
    writeOfflineManifest(new BuiltSite(site), '/');
    server = await serve(site, port);

    const fetched: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.resourceType() === 'fetch' && pages.includes(pathname)) fetched.push(pathname);
    });
    await page.goto(`${server.origin}${PATH}`);
    await expect(page.locator('[data-save-status]')).toContainText('有 1 个页面已更新');
    fetched.length = 0;
    await savePath(page);
    expect(fetched).toEqual([changed]);
    await server.close();
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test('a member who reads one module and never searches transfers no search engine file', async ({
  page,
  context,
}) => {
  const server = await serve();
  const searchFiles: string[] = [];
  // The context's request log includes the service worker's own fetches (its install).
  context.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) searchFiles.push(request.url());
  });
  await page.goto(`${server.origin}/modules/dx-001/`);
  // Until the worker has installed (its precache done) and kept the page, and all is quiet.
  await waitUntilKept(page);
  await page.waitForLoadState('networkidle');
  await server.close();
  expect(searchFiles).toEqual([]);
  expect(await page.evaluate(() => caches.has('dangjian-search'))).toBe(false);
});

test('saving a path keeps the search engine; offline, search opens and answers a query searched before', async ({
  page,
  context,
}) => {
  const server = await openKept(page, PATH);
  await savePath(page);
  // Stored by the save itself, before any search.
  const kept = await page.evaluate(async () => {
    const keys = async (name: string) =>
      (await (await caches.open(name)).keys()).map(({ url }) => new URL(url).pathname);
    return [...(await keys('dangjian-search')), ...(await keys('dangjian-search-index'))];
  });
  for (const file of [
    /pagefind\.js$/,
    /pagefind-worker\.js$/,
    /pagefind-entry\.json$/,
    /wasm\..+\.pagefind$/,
    /\.pf_meta$/,
  ]) {
    expect(
      kept.some((url) => file.test(url)),
      `${file} kept: ${kept.join(' ')}`,
    ).toBe(true);
  }

  const dialog = page.getByRole('dialog');
  const searchFor = async (query: string) => {
    await page.locator('site-search button[data-open-modal]').click();
    await dialog.getByRole('searchbox').fill(query);
    await expect(dialog.locator('.cm-search__link').first()).toHaveAttribute('href', /\/modules\//);
  };
  await searchFor('党费');
  const first = await dialog.locator('.cm-search__link').first().getAttribute('href');
  await server.close();
  await context.setOffline(true);

  await page.reload();
  await searchFor('党费');
  await expect(dialog.locator('.cm-search__link').first()).toHaveAttribute('href', first!);
});

test('search offline says there is no network instead of spinning', async ({ page, context }) => {
  const server = await openKept(page, '/modules/dx-001/');
  await server.close();
  await context.setOffline(true);

  await page.locator('site-search button[data-open-modal]').click();
  await page.getByRole('dialog').getByRole('searchbox').fill('党员');
  await expect(page.getByRole('dialog').getByRole('status')).toContainText('现在没有网络，无法搜索');
});

test('without service workers (iOS WeChat) the path page explains how to open it in the browser', async ({
  page,
}) => {
  await page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  await page.goto(PATH);
  const fallback = page.locator('[data-save-fallback]');
  await expect(fallback).toBeVisible();
  await expect(fallback).toContainText('右上角');
  await expect(fallback).toContainText('在浏览器中打开');
  await expect(fallback.getByRole('link', { name: /学习包（PDF）/ })).toHaveAttribute(
    'href',
    /\/packs\/paths\/branch-secretary\.pdf$/,
  );
  await expect(page.getByRole('button', { name: '保存本学习路径' })).toBeHidden();
});
