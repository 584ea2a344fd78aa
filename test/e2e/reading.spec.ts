import { expect, test, type Page } from '@playwright/test';
import { imageQrCodes } from '../helpers/pdf.ts';

// JL-002 (培训纪律与请销假制度): a long title, a self-check, a table and a task list.
const MODULE = '/modules/jl-002/';

test('on a phone the title, 学时 and the first lines of the lesson show without scrolling', async ({
  page,
}) => {
  await page.goto(MODULE);
  const screen = page.viewportSize()!;
  for (const part of [
    page.locator('h1'),
    page.locator('.cm-header__hours'),
    page.locator('[data-lesson] p').first(),
  ]) {
    const box = (await part.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(screen.height);
  }
  await expect(page.locator('.cm-header__hours')).toHaveText('1 学时');
  // The rest of the card is one tap away.
  const objectives = page.locator('.cm-header__objectives');
  await expect(objectives).toBeHidden();
  await page.getByText('课程信息与学习目标').click();
  await expect(objectives.locator('li').first()).toBeVisible();
});

/** A fake speechSynthesis that records what it is asked to say, with or without a Chinese voice. */
async function stubSpeech(page: Page, langs: string[]) {
  await page.addInitScript((voiceLangs: string[]) => {
    const spoken: string[] = [];
    const calls: string[] = [];
    const listeners: (() => void)[] = [];
    let voices: { lang: string; name: string }[] = [];
    (window as unknown as { __speech: object }).__speech = { spoken, calls };
    class Utterance extends EventTarget {
      lang = '';
      voice: unknown = null;
      text: string;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
    Object.defineProperty(window, 'speechSynthesis', {
      value: {
        getVoices: () => voices,
        addEventListener: (type: string, listener: () => void) =>
          type === 'voiceschanged' && listeners.push(listener),
        speak: (utterance: Utterance) => spoken.push(`${utterance.lang}:${utterance.text}`),
        pause: () => calls.push('pause'),
        resume: () => calls.push('resume'),
        cancel: () => calls.push('cancel'),
      },
    });
    // Voices arrive after the page has started, as in Chrome.
    setTimeout(() => {
      voices = voiceLangs.map((lang) => ({ lang, name: lang }));
      listeners.forEach((listener) => listener());
    }, 300);
  }, langs);
}

const speech = (page: Page) =>
  page.evaluate(() => (window as unknown as { __speech: { spoken: string[]; calls: string[] } }).__speech);

test('朗读本课 reads the lesson in Mandarin, with pause and resume', async ({ page }) => {
  await stubSpeech(page, ['en-US', 'zh-CN']);
  await page.goto(MODULE);
  const read = page.getByRole('button', { name: '朗读本课' });
  await expect(read).toBeVisible();
  await read.click();
  const { spoken } = await speech(page);
  expect(spoken[0]).toBe('zh-CN:培训纪律与请销假制度');
  const text = spoken.join('\n');
  expect(text).toContain('事先向班主任或临时班委会请假');
  expect(text).toContain('研讨题');
  // Only the lesson: not the site title, the menu, the header card or the QR caption.
  for (const outside of ['党员教育培训课程', '课程目录', '课程信息与学习目标', '扫码打开'])
    expect(text).not.toContain(outside);
  await page.getByRole('button', { name: '暂停朗读' }).click();
  await page.getByRole('button', { name: '继续朗读' }).click();
  await page.getByRole('button', { name: '停止朗读' }).click();
  await expect(read).toBeVisible();
  expect((await speech(page)).calls).toEqual(['cancel', 'pause', 'resume', 'cancel']);
});

test('朗读本课 stays hidden where the device has no Chinese voice', async ({ page }) => {
  await stubSpeech(page, ['en-US', 'ja-JP']);
  await page.goto(MODULE);
  await page.waitForTimeout(600);
  await expect(page.locator('[data-read-aloud]')).toBeHidden();
});

/** Where on screen the enlarged code is, and whether every corner of it is really on top. */
async function enlargedCode(page: Page) {
  await page.locator('.cm-qr__code').click();
  await expect(page).toHaveURL(/#qr-jl-002$/);
  const svg = page.locator('.cm-qr__code img');
  // The code loads lazily; a member sees it once the file has arrived, so the test waits as they do.
  await expect
    .poll(() => svg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  const box = (await svg.boundingBox())!;
  const onTop = await svg.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const points = [
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
      [r.left + r.width / 2, r.top + r.height / 2],
    ];
    return points.every(([x, y]) => element.contains(document.elementFromPoint(x!, y!)));
  });
  return { box, onTop };
}

for (const [name, viewport] of [
  ['a phone', { width: 390, height: 844 }],
  ['a projector', { width: 1920, height: 1080 }],
] as const) {
  test(`the tapped QR code fills the screen above every bar and scans, on ${name}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport, isMobile: name === 'a phone' });
    const page = await context.newPage();
    await page.goto(MODULE);
    const { box, onTop } = await enlargedCode(page);
    expect(onTop).toBe(true);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(Math.min(box.width, box.height)).toBeGreaterThan(Math.min(viewport.width, viewport.height) * 0.6);
    const codes = imageQrCodes(await page.screenshot());
    expect(codes).toHaveLength(1);
    expect(codes[0]).toMatch(/\/q\/jl-002\/?$/i);

    await page.getByRole('link', { name: '关闭大图' }).click();
    await expect(page.locator('.cm-qr__code')).toHaveCSS('position', 'static');
    await context.close();
  });
}
