import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cssString } from '../../../../../src/lib/security/escape/css-string.ts';

/** Reads a CSS string token back as a browser would (CSS Syntax §4.3.5, hex escapes only). */
function readCssString(token: string): string {
  assert.match(token, /^"[^"\n\\]*(?:\\[0-9a-f]{1,6} ?[^"\n\\]*)*"$/);
  return token
    .slice(1, -1)
    .replace(/\\([0-9a-f]{1,6}) ?/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)));
}

test('a running header cannot end the string, the <style> element or open a comment', () => {
  const title =
    '专题</style><script>window.__pwned=1</script> */ } body { display: none } /* "引号" \\ 换行\r\n完';
  const token = cssString(title);
  assert.doesNotMatch(token.slice(1, -1), /["<>\n\r]|\*|\//);
  assert.equal(readCssString(token), title);
});

test('ordinary Chinese titles stay readable in the stylesheet', () => {
  assert.equal(cssString('党员学习包 · 2027年版'), '"党员学习包 · 2027年版"');
});
