import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  findCssRefs,
  findHtmlRefs,
  findJsRefs,
  findRefs,
  hasRefs,
} from '../../../../../src/lib/packs/pdf/asset-refs.ts';

test('HTML: stylesheets, scripts, images, srcset and inline styles count', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/print.css">
    <link rel=preload as=font href='/__pdf-fonts/files/a.woff2'>
    <script type="module" src="/_astro/hoisted.js"></script>
    <style>@import "/_astro/extra.css"; .x { background: url('/img/bg.png') }</style>
  </head><body>
    <img src="/img/a.png?x=1&amp;y=2" srcset="/img/a-2x.png 2x, /img/a-3x.png 3x" alt="">
    <div style="background-image: url(/img/div.png)"></div>
    <svg><image href="/img/in-svg.svg"/></svg>
  </body></html>`;
  assert.deepEqual(findHtmlRefs(html).sort(), [
    '/__pdf-fonts/files/a.woff2',
    '/_astro/extra.css',
    '/_astro/hoisted.js',
    '/_astro/print.css',
    '/img/a-2x.png',
    '/img/a-3x.png',
    '/img/a.png?x=1&y=2',
    '/img/bg.png',
    '/img/div.png',
    '/img/in-svg.svg',
  ]);
});

test('HTML: links to pages, canonical links and commented-out tags do not count', () => {
  const html = `<link rel="canonical" href="/modules/dx-001/"><link rel="icon" href="/favicon.svg">
    <a href="/modules/dx-002/">下一课</a><!-- <img src="/old.png"> -->`;
  assert.deepEqual(findHtmlRefs(html), []);
});

test('CSS: imports in every spelling and url() values, comments ignored', () => {
  const css = `@import "a.css"; @import 'b.css' print; @import url("c.css"); @import url(d.css);
    /* url(ignored.png) */ @font-face { src: url(./files/x.woff2) format('woff2') }
    .y { background: url( "img/y.png" ) }`;
  assert.deepEqual(findCssRefs(css).sort(), [
    './files/x.woff2',
    'a.css',
    'b.css',
    'c.css',
    'd.css',
    'img/y.png',
  ]);
});

test('JS: relative and absolute imports of chunks, not bare names', () => {
  const js = `import{a as b}from"./chunk.B1.js";import "/_astro/side.js";const m=()=>import('./lazy.js');
    export * from "../re.js"; import x from "react";`;
  assert.deepEqual(findJsRefs(js).sort(), ['../re.js', './chunk.B1.js', './lazy.js', '/_astro/side.js']);
});

test('the kind of file decides which references are read', () => {
  assert.deepEqual(findRefs('a/index.html', '<img src="x.png">'), ['x.png']);
  assert.deepEqual(findRefs('a.css', 'b{background:url(x.png)}'), ['x.png']);
  assert.deepEqual(findRefs('a.mjs', 'import "./x.js"'), ['./x.js']);
  assert.deepEqual(findRefs('a.png', 'url(x.png)'), []);
  assert.equal(hasRefs('fig.png'), false);
  assert.equal(hasRefs('index.HTML'), true);
});
