import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  inRanges,
  parseUnicodeRanges,
  pdfFontCoverage,
} from '../../../../../src/lib/packs/pdf/font-coverage.ts';

test('unicode-range lists are parsed, merged and searched', () => {
  const css =
    '@font-face { unicode-range: U+30-39, U+41, U+42-5a; } @font-face { unicode-range: U+4??,U+1f600; }';
  const ranges = parseUnicodeRanges(css);
  assert.deepEqual(ranges, [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x400, 0x4ff],
    [0x1f600, 0x1f600],
  ]);
  assert.ok(inRanges(ranges, 0x41));
  assert.ok(inRanges(ranges, 0x4ab));
  assert.ok(!inRanges(ranges, 0x40));
  assert.ok(!inRanges(ranges, 0x1f601));
});

test('the installed PDF font prints Chinese, Latin and punctuation but no smileys', () => {
  const coverage = pdfFontCoverage();
  assert.ok(coverage, 'the font package @fontsource/noto-serif-sc is installed');
  for (const character of '党员教育培训 Party A–Z，。「」（）《》—…·①')
    assert.ok(coverage.has(character.codePointAt(0)!), `${character} prints`);
  assert.ok(!coverage.has('😀'.codePointAt(0)!));
});
