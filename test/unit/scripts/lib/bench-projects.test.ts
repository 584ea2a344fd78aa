import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  parsePrerenderSettings,
  prerenderArgs,
  prerenderLabel,
} from '../../../../scripts/lib/bench-projects.ts';

test('--prerender takes config, off and worker counts, and nothing else', () => {
  assert.deepEqual(parsePrerenderSettings('off, 1,2,config'), ['off', 1, 2, 'config']);
  for (const wrong of ['0', 'two', '1.5', '', 'off,-1'])
    assert.equal(parsePrerenderSettings(wrong), undefined, wrong);
  assert.deepEqual(
    [2, 'off', 'config'].map((s) => prerenderLabel(s as 2 | 'off' | 'config')),
    ['workers 2', 'off', ''],
  );
});

test('a render setting changes only parallelPrerender of the shipped config', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-config-'));
  try {
    writeFileSync(
      join(dir, 'astro.config.mjs'),
      "export default { site: 'https://example.cn', experimental: { contentIntellisense: true } };\n",
    );
    assert.deepEqual(prerenderArgs(dir, 'config'), [], 'the config as shipped needs no other file');
    for (const [setting, expected] of [
      [2, { workers: 2 }],
      ['off', false],
    ] as const) {
      const [flag, file] = prerenderArgs(dir, setting);
      assert.equal(flag, '--config');
      const url = `${pathToFileURL(join(dir, file!)).href}?${setting}`;
      const { default: config } = (await import(url)) as { default: Record<string, unknown> };
      assert.deepEqual(config, {
        site: 'https://example.cn',
        experimental: { contentIntellisense: true, parallelPrerender: expected },
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
