import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  failedContentFile,
  isStackLine,
  renderFailureMessage,
} from '../../../../src/lib/content/build-failure.ts';
import { sitePaths } from '../../../../src/lib/routes/routes.ts';

// What Astro prints when a module page throws while rendering, coloured as it is under CI=true.
const output = [
  '\x1B[2m16:10:40\x1B[22m   \x1B[34m├─\x1B[39m \x1B[2m/modules/ts-001/index.html\x1B[22m',
  "\x1B[31m\x1B[1m16:10:40\x1B[22m [ERROR]\x1B[39m TypeError: Cannot read properties of undefined (reading 'length')",
  '  \x1B[1mStack trace:\x1B[22m',
  '\x1B[2m    at file:///site/.prerender/chunks/SelfCheck_B.mjs:91:37',
].join('\n');

test('stack trace lines are recognised with or without colours, and nothing else is', () => {
  assert.deepEqual(output.split('\n').map(isStackLine), [false, false, true, true]);
  assert.equal(isStackLine('    at file:///x.mjs:1:2'), true);
});

test('a failed render names the module file and what to do, in plain text', () => {
  const message = renderFailureMessage(output, [
    { file: 'content/modules/theory/ts-001-render.mdx', code: 'TS-001' },
  ])!;
  assert.match(
    message,
    /^构建在生成页面时出错：content\/modules\/theory\/ts-001-render\.mdx 渲染失败（TypeError: Cannot read properties of undefined \(reading 'length'\)）。/,
  );
  assert.match(message, /改好后运行 npm run check，再重新构建。/);
  assert.equal(message.includes('\x1B'), false, 'no colour codes');
});

test('the failed page is the last module page the output names, read back by the route builders', () => {
  const modules = [
    { file: 'content/modules/theory/dx-001.mdx', code: 'DX-001' },
    { file: 'content/modules/theory/dx-002.mdx', code: 'DX-002' },
  ];
  const written = (path: string) => `  ├─ /${path}index.html (+3ms)`;
  const log = [
    written(sitePaths.module('DX-001')),
    written(`training/${sitePaths.module('DX-002')}`),
    written(`${sitePaths.catalog()}page/2/`),
    written(sitePaths.path('activist')),
  ].join('\n');
  assert.equal(failedContentFile(log, modules), 'content/modules/theory/dx-002.mdx');
  assert.equal(failedContentFile(written(sitePaths.catalog()), modules), undefined);
});
