import { chromium, expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { rmSync } from 'node:fs';
import type { Ledger } from '../../src/lib/ledger/ledger-state.ts';
import { createLedgerFromPageData, type LedgerPageData } from '../../src/lib/ledger/page-data.ts';
import { parseRoster } from '../../src/lib/ledger/roster.ts';
import { locateBrowser } from '../../src/lib/packs/pdf/browser/locate-browser.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { makeMembers, memberCode, rosterSheet, seedLedger, type TestMember } from '../helpers/ledger.ts';
import { writeQrVideo } from '../helpers/qr-video.ts';

// A secretary scans the members' phones one after another. Chromium's fake camera plays a video
// of their codes (each held about a second, then a gap), and the page must credit every one.
// The fake camera is a launch flag, so each test starts its own browser from the config's.
// A dozen is a queue at a study day's door; the video plays in real time (1.5 s a code), so 20
// cost the suite 12 s more and showed nothing a dozen does not.
const MEMBERS = 12;
/** The chunk Vite makes of `qr/decode.js`, the decoder loaded when there is no native detector. */
const DECODER_CHUNK = /\/_astro\/decode\.[^/]*\.js$/;
const BRANCH = { name: '第一党支部', company: '某某集团', unit: '某某分公司' };

/**
 * Chromium with a fake camera playing `video` (its own test pattern without one); `allow` answers
 * the permission prompt with yes.
 */
async function launchWithCamera(video: string | undefined, { allow }: { allow: boolean }): Promise<Browser> {
  const located = await locateBrowser();
  return chromium.launch({
    executablePath: located.executablePath,
    args: [
      ...located.args,
      '--use-fake-device-for-media-stream',
      ...(video ? [`--use-file-for-fake-video-capture=${video}`] : []),
      // Without it, headless Chromium refuses the prompt, as a secretary who tapped 「拒绝」.
      ...(allow ? ['--use-fake-ui-for-media-stream'] : []),
    ],
  });
}

/** A phone-sized page on the site, as the config's project describes it. */
async function phonePage(browser: Browser, baseURL: string, testInfo: TestInfo): Promise<Page> {
  const { viewport, isMobile, hasTouch, locale } = testInfo.project.use;
  const context = await browser.newContext({
    baseURL,
    viewport: viewport ?? null,
    isMobile: isMobile ?? false,
    hasTouch: hasTouch ?? false,
    locale: locale ?? 'zh-CN',
  });
  return context.newPage();
}

/** The ledger of a branch with `members` on its roster and no code yet. */
function rosterLedger(data: LedgerPageData, members: readonly TestMember[]): Ledger {
  const empty = createLedgerFromPageData(data, BRANCH);
  const roster = parseRoster(rosterSheet(members), Object.values(empty.groups));
  expect(roster.problems).toEqual([]);
  return { ...empty, roster: roster.rows };
}

/** What each member's record page shows: the verify link carrying the code (record.astro). */
function recordQrTexts(data: LedgerPageData, members: readonly TestMember[], baseURL: string): string[] {
  const verify = new URL(sitePaths.verify(), `${baseURL}/`).href;
  return members.map((member) => {
    const path = data.paths[member.groupId]!;
    const plan = path.plans.find((candidate) => candidate.version === path.current)!;
    const studied = new Set(plan.modules.slice(0, 2).map((module) => module.code));
    return `${verify}?code=${memberCode(member, path, studied)}`;
  });
}

/** The ledger as the page stored it, read straight from IndexedDB (ledger-store.ts). */
function storedLedger(page: Page): Promise<Ledger> {
  return page.evaluate(
    () =>
      new Promise<Ledger>((resolve, reject) => {
        const open = indexedDB.open('dangjian-ledger');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('state').objectStore('state').get('ledger');
          get.onsuccess = () => {
            open.result.close();
            resolve((get.result as { ledger: Ledger }).ledger);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

/** Opens /branch/ with `ledger` stored, as the secretary finds it on their next visit. */
async function openLedger(page: Page, ledger: Ledger): Promise<void> {
  await page.goto(`/${sitePaths.branch()}`);
  await seedLedger(page, ledger);
  await page.reload();
  await expect(page.locator('[data-matched-count]')).toContainText('0');
}

test(`the camera scans ${MEMBERS} members' code QR codes in a row into the ledger`, async ({
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const data = (await (await request.get(`/${sitePaths.branchData()}`)).json()) as LedgerPageData;
  const members = makeMembers(MEMBERS, data.groups, 17);
  const video = testInfo.outputPath('codes.y4m');
  writeQrVideo(video, recordQrTexts(data, members, baseURL!));
  const browser = await launchWithCamera(video, { allow: true });
  try {
    const page = await phonePage(browser, baseURL!, testInfo);
    const offSite: string[] = [];
    const scripts: string[] = [];
    page.on('request', (sent) => {
      if (new URL(sent.url()).origin !== new URL(baseURL!).origin) offSite.push(sent.url());
      if (sent.resourceType() === 'script') scripts.push(sent.url());
    });
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error));
    await openLedger(page, rosterLedger(data, members));

    await page.getByRole('button', { name: '用摄像头扫码' }).click();
    await expect(page.locator('video')).toBeVisible();
    const matched = page.locator('[data-matched-count]');
    const count = async () => Number(/\d+/.exec((await matched.textContent()) ?? '')?.[0] ?? 0);
    await expect.poll(count, { timeout: 120_000, intervals: [500] }).toBeGreaterThanOrEqual(MEMBERS);
    await page.getByRole('button', { name: '停止扫码' }).click();
    // Stopping lets the camera go: the video no longer holds the stream.
    await expect.poll(() => page.locator('video').evaluate((v: HTMLVideoElement) => v.srcObject)).toBeNull();

    const stored = await storedLedger(page);
    const credited = new Set(stored.codes.map((code) => code.rowId));
    expect(stored.roster.filter((row) => !credited.has(row.id)).map((row) => row.name)).toEqual([]);
    expect(stored.codes).toHaveLength(MEMBERS);
    // Linux Chromium has no native QR detector: the bundled decoder came from the site itself,
    // loaded when the camera opened, and nothing was asked of any other server.
    expect(scripts.filter((url) => DECODER_CHUNK.test(url))).toHaveLength(1);
    expect(offSite).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    rmSync(video, { force: true });
  }
});

test('a refused camera says in Chinese where to allow it, and the page can be used without it', async ({
  request,
  baseURL,
}, testInfo) => {
  const data = (await (await request.get(`/${sitePaths.branchData()}`)).json()) as LedgerPageData;
  const members = makeMembers(3, data.groups, 5);
  const video = testInfo.outputPath('refused.y4m');
  writeQrVideo(video, recordQrTexts(data, members, baseURL!), { holdFrames: 1 });
  const browser = await launchWithCamera(video, { allow: false });
  try {
    const page = await phonePage(browser, baseURL!, testInfo);
    // The secretary tapped 「拒绝」: every phone browser then answers NotAllowedError. A headless
    // browser has no prompt to tap (the headless shell answers NotSupportedError instead), so the
    // refusal is played here as a phone gives it.
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () =>
        Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    });
    await openLedger(page, rosterLedger(data, members));
    await page.getByRole('button', { name: '用摄像头扫码' }).click();
    await expect(page.getByText('请在浏览器设置里允许本网站使用摄像头')).toBeVisible();
    await expect(page.getByRole('button', { name: '用摄像头扫码' })).toBeVisible();
    await expect(page.locator('video')).toBeHidden();
  } finally {
    await browser.close();
    rmSync(video, { force: true });
  }
});

test("a browser's own BarcodeDetector is used when it reads QR codes, and the bundled decoder is not loaded", async ({
  request,
  baseURL,
}, testInfo) => {
  const data = (await (await request.get(`/${sitePaths.branchData()}`)).json()) as LedgerPageData;
  const members = makeMembers(1, data.groups, 9);
  const [text] = recordQrTexts(data, members, baseURL!);
  const browser = await launchWithCamera(undefined, { allow: true });
  try {
    const page = await phonePage(browser, baseURL!, testInfo);
    // A stand-in for Android Chrome's detector: it sees the member's code in every frame.
    await page.addInitScript((rawValue) => {
      class FakeDetector {
        static async getSupportedFormats(): Promise<string[]> {
          return ['qr_code'];
        }
        async detect(video: HTMLVideoElement): Promise<{ rawValue: string }[]> {
          return video.readyState >= 2 ? [{ rawValue }] : [];
        }
      }
      Object.assign(window, { BarcodeDetector: FakeDetector });
    }, text!);
    const scripts: string[] = [];
    page.on('request', (sent) => void (sent.resourceType() === 'script' && scripts.push(sent.url())));
    await openLedger(page, rosterLedger(data, members));
    await page.getByRole('button', { name: '用摄像头扫码' }).click();
    await expect(page.locator('[data-matched-count]')).toContainText('1');
    await page.getByRole('button', { name: '停止扫码' }).click();
    expect(scripts.some((url) => /\/scanner\.[^/]*\.js$/.test(url))).toBe(true);
    expect(scripts.filter((url) => DECODER_CHUNK.test(url))).toEqual([]);
  } finally {
    await browser.close();
  }
});
