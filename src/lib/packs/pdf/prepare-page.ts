/**
 * Runs inside the page, before printing: sets the title, loads every image and every font subset
 * the printed page can need, and waits for them.
 *
 * Images: Astro's <Image> is lazy by default. Chromium's printing loaded lazy images in our tests,
 * but making them eager and awaiting decode() means the PDF does not depend on that, and a broken
 * image is seen by the request watcher before printing.
 *
 * Fonts: web fonts split by unicode-range load only the subsets that laid-out text needs, but CSS
 * margin boxes (running header, page numbers) are laid out only while printing, too late for their
 * glyphs' subsets to arrive: Chromium then draws them with a system font (Type 3 glyphs from
 * fonts-noto-cjk on our machines; without any CJK font they would be missing). So every face whose
 * range covers a character of the page text, of any stylesheet (margin-box `content` strings live
 * there) or a digit (counters) is loaded now. Only glyphs actually drawn are embedded in the PDF,
 * so loading a few subsets too many costs time, never size.
 *
 * Playwright sends this function's source to the page: it must not use anything from outside.
 */
export async function preparePageForPrint(title: string): Promise<void> {
  document.title = title;
  const chars = new Set<string>([...(document.body?.innerText ?? ''), ...'0123456789']);
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) for (const char of rule.cssText) chars.add(char);
    } catch {
      // A sheet from another origin cannot be read; it cannot hold our margin boxes either.
    }
  }
  const codes = [...chars].map((char) => char.codePointAt(0)!).sort((a, b) => a - b);
  const anyCodeIn = (low: number, high: number) => {
    let lo = 0;
    let hi = codes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codes[mid]! < low) lo = mid + 1;
      else hi = mid;
    }
    return lo < codes.length && codes[lo]! <= high;
  };
  // `U+4E00-9FFF`, `U+4??` (wildcards) or a single `U+3002`.
  const covers = (unicodeRange: string) =>
    unicodeRange.split(',').some((part) => {
      const [first = '', last] = part.trim().replace(/^u\+/i, '').split('-');
      const low = parseInt(first.replaceAll('?', '0'), 16);
      const high = parseInt((last ?? first).replaceAll('?', 'f'), 16);
      return anyCodeIn(low, high);
    });
  const images = Array.from(document.images);
  for (const image of images) if (image.loading === 'lazy') image.loading = 'eager';
  const faces = Array.from(document.fonts).filter(
    (face) => face.status === 'unloaded' && covers(face.unicodeRange),
  );
  // A file that fails to load is reported by the request watcher, which printPage checks next.
  await Promise.allSettled([...faces.map((face) => face.load()), ...images.map((image) => image.decode())]);
  await document.fonts.ready;
}
