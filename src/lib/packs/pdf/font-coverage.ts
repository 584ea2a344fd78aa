import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findFontPackage } from './engine.ts';

/**
 * Which characters the PDF font can print. The packs use Noto Serif SC from @fontsource at
 * weights 400 and 700 (src/layouts/PrintLayout.astro); each CSS file declares the `unicode-range`
 * of every subset file, which together are the font's character map. A character outside them
 * falls back to whatever the build machine has, usually nothing: it prints as a box.
 */
export interface FontCoverage {
  /** The font's name, for messages. */
  font: string;
  has(codePoint: number): boolean;
}

/** The weights PrintLayout loads; a character must be in both to print in titles and text alike. */
const WEIGHTS = ['400', '700'] as const;

let cached: FontCoverage | null | undefined;

/** The installed font's coverage, read once; undefined when the font package is not installed. */
export function pdfFontCoverage(): FontCoverage | undefined {
  if (cached === undefined) {
    try {
      const { dir } = findFontPackage();
      const perWeight = WEIGHTS.map((weight) =>
        parseUnicodeRanges(readFileSync(join(dir, `${weight}.css`), 'utf8')),
      );
      cached = {
        font: 'Noto Serif SC（思源宋体）',
        has: (cp) => perWeight.every((ranges) => inRanges(ranges, cp)),
      };
    } catch {
      // Without the font no PDF is printed either (the packs step says so); nothing to judge here.
      cached = null;
    }
  }
  return cached ?? undefined;
}

/** Sorted, merged `[first, last]` code point ranges of every `unicode-range` in a stylesheet. */
export function parseUnicodeRanges(css: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (const [, list] of css.matchAll(/unicode-range:\s*([^;}]+)/gi)) {
    for (const part of list!.split(',')) {
      const match = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
      if (!match) continue;
      const [, start, end] = match;
      // `U+4??` is a wildcard range: the question marks stand for any hex digit.
      const first = parseInt(start!.replace(/\?/g, '0'), 16);
      const last = end ? parseInt(end, 16) : parseInt(start!.replace(/\?/g, 'f'), 16);
      ranges.push([first, last]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1] + 1) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Binary search in sorted, merged ranges. */
export function inRanges(ranges: readonly (readonly [number, number])[], codePoint: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = ranges[middle]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}
