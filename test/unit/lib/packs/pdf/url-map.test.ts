import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  insideOutDir,
  pageUrl,
  resolveReference,
  resolveRequestPath,
} from '../../../../../src/lib/packs/pdf/url-map.ts';

test('requests map to files in outDir under the base', () => {
  assert.deepEqual(resolveRequestPath('/_astro/x.css', '/'), { root: 'site', path: '_astro/x.css' });
  assert.deepEqual(resolveRequestPath('/training/_astro/x.css', '/training/'), {
    root: 'site',
    path: '_astro/x.css',
  });
  assert.deepEqual(resolveRequestPath('/training/', '/training/'), { root: 'site', path: '' });
  assert.equal(resolveRequestPath('/_astro/x.css', '/training/'), undefined);
});

test('the font mount answers at the root and under the base', () => {
  const font = { root: 'fonts', path: 'files/noto-serif-sc-4-400-normal.woff2' };
  assert.deepEqual(resolveRequestPath('/__pdf-fonts/files/noto-serif-sc-4-400-normal.woff2', '/'), font);
  assert.deepEqual(
    resolveRequestPath('/__pdf-fonts/files/noto-serif-sc-4-400-normal.woff2', '/training/'),
    font,
  );
  assert.deepEqual(resolveRequestPath('/training/__pdf-fonts/400.css', '/training/'), {
    root: 'fonts',
    path: '400.css',
  });
});

test('percent-encoded names are decoded and escapes are refused', () => {
  assert.deepEqual(resolveRequestPath('/print/%E5%85%9A%E8%AF%BE/index.html', '/'), {
    root: 'site',
    path: 'print/党课/index.html',
  });
  assert.equal(resolveRequestPath('/print/%2e%2e/%2e%2e/etc/passwd', '/'), undefined);
  assert.equal(resolveRequestPath('/__pdf-fonts/..%2F..%2Fpackage.json', '/'), undefined);
  assert.equal(resolveRequestPath('/print/..%5C..%5Csecret', '/'), undefined);
  assert.equal(resolveRequestPath('/print/%E5%8', '/'), undefined);
});

test('page URLs put the source under the base, encoded', () => {
  const origin = 'http://127.0.0.1:4000';
  assert.equal(
    pageUrl(origin, '/', 'print/modules/dx-001/index.html'),
    `${origin}/print/modules/dx-001/index.html`,
  );
  assert.equal(
    pageUrl(origin, '/training/', 'print/党课/index.html'),
    `${origin}/training/print/%E5%85%9A%E8%AF%BE/index.html`,
  );
});

test('references resolve like the browser resolves them', () => {
  const from = 'print/modules/dx-001/index.html';
  assert.deepEqual(resolveReference('/_astro/print.css', from, '/'), {
    root: 'site',
    path: '_astro/print.css',
  });
  assert.deepEqual(resolveReference('../../../_astro/a.css?v=2#x', from, '/'), {
    root: 'site',
    path: '_astro/a.css',
  });
  assert.deepEqual(resolveReference('img/fig 1.png', from, '/'), {
    root: 'site',
    path: 'print/modules/dx-001/img/fig 1.png',
  });
  assert.deepEqual(resolveReference('/training/_astro/a.css', from, '/training/'), {
    root: 'site',
    path: '_astro/a.css',
  });
  assert.deepEqual(resolveReference('/__pdf-fonts/400.css', from, '/training/'), {
    root: 'fonts',
    path: '400.css',
  });
});

test('references that load no local file resolve to nothing', () => {
  const from = 'print/a/index.html';
  for (const ref of [
    '',
    '#top',
    'data:image/png;base64,AA',
    'https://example.cn/a.css',
    '//cdn.example.cn/a.js',
    'mailto:x@example.cn',
  ]) {
    assert.equal(resolveReference(ref, from, '/'), undefined, ref);
  }
  // Outside the base the deployed site has nothing either.
  assert.equal(resolveReference('/other/a.css', from, '/training/'), undefined);
});

test('job paths must stay inside outDir', () => {
  assert.equal(insideOutDir('/site', 'packs/a.pdf', '输出文件'), '/site/packs/a.pdf');
  assert.throws(
    () => insideOutDir('/site', '../a.pdf', '输出文件'),
    /输出文件「..\/a.pdf」不在输出目录 \/site 之内/,
  );
  assert.throws(() => insideOutDir('/site', '/etc/a.pdf', '输出文件'), /不在输出目录/);
  assert.throws(() => insideOutDir('/site', '', '页面'), /不在输出目录/);
});
