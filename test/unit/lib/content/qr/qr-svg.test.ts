import assert from 'node:assert/strict';
import { test } from 'node:test';
import encodeQR from 'qr';
import decodeQR from 'qr/decode.js';
import { qrSvg } from '../../../../../src/lib/content/qr/qr-svg.ts';

/** Rasterises the SVG's run-length rectangles, so the test reads what a scanner would see. */
function rasterise(svg: string, scale = 4) {
  const size = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of svg.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let dy = 0; dy < scale; dy++)
      for (let dx = 0; dx < Number(w) * scale; dx++) {
        const i = ((Number(y) * scale + dy) * width + Number(x) * scale + dx) * 4;
        data[i] = data[i + 1] = data[i + 2] = 0;
      }
  }
  return { width, height: width, data };
}

const url = 'https://dangjian.example.cn/verify/?code=06TX-BA53-0J1G-0480-3240-00AN-G0';

test('the compact SVG decodes back to the encoded URL', () => {
  assert.equal(decodeQR(rasterise(qrSvg(url))), url);
});

test('it draws the same modules as the library, with a quiet zone, in fewer bytes', () => {
  const svg = qrSvg(url, { border: 4 });
  const matrix = encodeQR(url, 'raw', { ecc: 'quartile', border: 4 });
  assert.match(svg, new RegExp(`viewBox="0 0 ${matrix.length} ${matrix.length}"`));
  assert.ok(svg.length < encodeQR(url, 'svg', { ecc: 'quartile', border: 4 }).length / 1.5);
});

test('it is labelled for screen readers when given a label', () => {
  assert.match(qrSvg(url, { label: '打开 "课程"' }), /role="img" aria-label="打开 &quot;课程&quot;"/);
  assert.match(qrSvg(url), /aria-hidden="true"/);
});

test('a hostile label stays inside the aria-label attribute and the code still scans', () => {
  const svg = qrSvg(url, { label: `"><script>window.__pwned=1</script><img src=x onerror=alert(1)>` });
  assert.doesNotMatch(svg, /<script|<img/);
  assert.deepEqual(svg.match(/<\/?[a-z]+/g), ['<svg', '<rect', '<path', '</svg']);
  assert.equal(decodeQR(rasterise(svg)), url);
});
