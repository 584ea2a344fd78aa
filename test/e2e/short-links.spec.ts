import { expect, test, type APIRequestContext } from '@playwright/test';
import { loadRegistry } from '../../src/lib/content/qr/load-registry.ts';
import type { RegistryEntry } from '../../src/schemas/qr-registry.ts';
import { REGISTRY_KINDS, REGISTRY_QR_KINDS, registryTargetOf } from '../../src/schemas/registry-kinds.ts';

// Every code ever printed must open a page, for years: its module or path, its successor, or a
// page that says what replaced it. Expectations are read straight from the registry file. Each
// short link is read as served and followed to the page it names, and every failure is reported;
// a phone then opens one code of every kind (and a retired and a superseded one), to show that
// the browser really goes where the served page says.

const entries = loadRegistry();
const shortLink = (entry: RegistryEntry) => `/q/${entry.code.toLowerCase()}/`;

/** The page a code that is not retired opens, from the registry alone. */
function expectedTarget(entry: RegistryEntry): string {
  const target = entry.supersededBy ?? entry.code;
  // A venue's, lecturer's or class's code opens its entry page: /venues/<id>/ for venue-<id>.
  const registryTarget = registryTargetOf(entry.kind, target);
  if (registryTarget) return `/${REGISTRY_KINDS[registryTarget.kind].segment}/${registryTarget.id}/`;
  return entry.kind === 'path' ? `/paths/${target}/` : `/modules/${target.toLowerCase()}/`;
}

/** Where a served short-link page forwards: its refresh, its script's target and its link agree. */
async function forwardOf(request: APIRequestContext, url: string): Promise<string | undefined> {
  const response = await request.get(url);
  expect.soft(response.status(), url).toBe(200);
  const html = await response.text();
  const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(html)?.[1];
  const script = /data-forward-to="([^"]+)"/.exec(html)?.[1];
  expect.soft(script, `${url} data-forward-to`).toBe(refresh);
  if (refresh) expect.soft(html, `${url} link`).toContain(`<a href="${refresh}"`);
  return refresh;
}

test('every printed code is served as a forward to the right page, or as the retired notice', async ({
  request,
}) => {
  expect(entries.length).toBeGreaterThan(40);
  for (const entry of entries) {
    const url = shortLink(entry);
    const forward = await forwardOf(request, url);
    if (entry.retired) {
      expect.soft(forward, `${url} forwards`).toBeUndefined();
      const html = await (await request.get(url)).text();
      expect.soft(html, url).toContain('>这门课程已经调整</h1>');
      expect.soft(html, url).toContain(entry.retired);
      continue;
    }
    const expected = expectedTarget(entry);
    expect.soft(forward, url).toBe(expected);
    const landing = await request.get(expected);
    expect.soft(landing.status(), `${url} → ${expected}`).toBe(200);
    expect.soft(await landing.text(), `${url} → ${expected}`).not.toContain('页面未找到');
  }
});

test('on a phone, a code of every kind, a superseded one and a retired one open their pages', async ({
  page,
}) => {
  const samples = new Map<string, RegistryEntry>();
  for (const entry of entries) {
    const shape = entry.retired ? 'retired' : entry.supersededBy ? 'superseded' : entry.kind;
    if (!samples.has(shape)) samples.set(shape, entry);
  }
  expect([...samples.keys()]).toEqual(
    expect.arrayContaining(['module', 'path', 'superseded', 'retired', ...REGISTRY_QR_KINDS]),
  );
  for (const entry of samples.values()) {
    const url = shortLink(entry);
    await page.goto(url);
    if (entry.retired) {
      await expect.soft(page.locator('h1'), url).toHaveText('这门课程已经调整');
      continue;
    }
    await expect.soft(page, url).toHaveURL(new RegExp(`${expectedTarget(entry)}$`));
    await expect.soft(page.locator('h1'), url).not.toHaveText('页面未找到');
  }
});
