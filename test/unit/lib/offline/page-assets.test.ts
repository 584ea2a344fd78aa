import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { imageUrlsIn } from '../../../../src/lib/offline/page-assets.ts';

describe('imageUrlsIn', () => {
  test('finds src and every srcset candidate of same-site images, not external ones', () => {
    const html =
      '<img src="/_astro/a.webp" srcset="/_astro/a-1.webp 1x, /_astro/a-2.webp 2x"><img src="https://cdn.example/x.png">';
    assert.deepEqual(imageUrlsIn(html), ['/_astro/a.webp', '/_astro/a-1.webp', '/_astro/a-2.webp']);
  });

  test('lazy images are listed like any other: the module QR code is below the fold', () => {
    const html = '<img src="/qr/dx-001.svg" alt="二维码" width="256" height="256" loading="lazy">';
    assert.deepEqual(imageUrlsIn(html), ['/qr/dx-001.svg']);
  });

  test('<picture> sources and inline background images count too; data: URLs and // do not', () => {
    const html =
      '<picture><source srcset="/_astro/b.avif 1x, /_astro/b@2x.avif 2x" type="image/avif"><img src="/_astro/b.png"></picture>' +
      '<div style="background-image: url(&quot;/_astro/bg.webp&quot;)"></div>' +
      '<div style="background:url(\'/training/_astro/bg2.png\') no-repeat"></div>' +
      '<div style="background:url(data:image/png;base64,AAAA)"></div><img src="//cdn.example/y.png">';
    assert.deepEqual(imageUrlsIn(html), [
      '/_astro/b.avif',
      '/_astro/b@2x.avif',
      '/_astro/b.png',
      '/_astro/bg.webp',
      '/training/_astro/bg2.png',
    ]);
  });
});
