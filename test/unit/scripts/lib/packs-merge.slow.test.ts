// Two shards and a merge leave the same site as printing every pack in one go: the same PDFs, byte
// for byte, the sizes on the pages, print/ removed. Renders real PDFs in Chromium (about 20 s).
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { PackFile } from '../../../../src/lib/packs/plan.ts';
import { BuiltSite } from '../../../../src/lib/built-site/built-site.ts';
import { finishSite } from '../../../../src/lib/packs/finish-site.ts';
import { renderPdfs } from '../../../../src/lib/packs/pdf/render-pdfs.ts';
import { MergeError, mergeShards } from '../../../../scripts/lib/packs-merge.ts';
import { renderShard, toJob } from '../../../../scripts/lib/packs-shard.ts';
import {
  BASE,
  PAGE_A,
  PAGE_B,
  PRINT_CSS,
  printHtml,
  SEAL_PNG,
  writeSite,
} from '../../lib/packs/pdf/fixtures/print-site.ts';

const work = await mkdtemp(join(tmpdir(), 'packs-merge-test-'));
after(() => rm(work, { recursive: true, force: true }));

const pack = (kind: PackFile['kind'], owner: string, source: string, output: string): PackFile => ({
  kind,
  title: `${owner}（学习包）`,
  source,
  output,
  owner,
  date: '2026-09-01',
});
const plan = [
  pack('path', 'member', 'print/paths/member/index.html', 'packs/paths/member.pdf'),
  pack('module', 'dx-001', 'print/modules/dx-001/index.html', 'packs/modules/dx-001.pdf'),
  pack('module', 'dx-002', 'print/modules/dx-002/index.html', 'packs/modules/dx-002.pdf'),
];
const linkPage = plan.map(({ output }) => `<span data-pack-size="${output}"></span>`).join('');
const built = join(work, 'built');
await writeSite(built, {
  '_astro/print.css': PRINT_CSS,
  'img/seal.png': SEAL_PNG,
  'print/plan.json': JSON.stringify(plan),
  [plan[0]!.source]: printHtml(PAGE_A, '').replace(
    '<h1>',
    '<p><a href="#s">目录</a><span data-page-of="s"></span></p><h1 id="s">',
  ),
  [plan[1]!.source]: printHtml(PAGE_A),
  [plan[2]!.source]: printHtml(PAGE_B),
  'packs/index.html': `<html><body>${linkPage}</body></html>`,
});

/** Every file of a site with its bytes, for comparing two sites whole. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) =>
    entry.isFile(),
  );
  return new Map(
    await Promise.all(
      files.map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length + 1), await readFile(path)] as const;
      }),
    ),
  );
}

const copy = async (name: string) => {
  await cp(built, join(work, name), { recursive: true });
  return join(work, name);
};

test('shards 1/2 and 2/2 merged give the site a one-machine build gives', async () => {
  const whole = await copy('whole');
  const report = await renderPdfs(plan.map(toJob), {
    outDir: whole,
    cacheDir: join(work, 'cache-whole'),
    base: BASE,
    log: () => {},
  });
  finishSite(new BuiltSite(whole), report.sizes);

  const site = await copy('sharded');
  // Each shard on its own "machine": its own cache.
  const options = (n: number) => ({ site, cacheDir: join(work, `cache-${n}`), base: BASE });
  const one = await renderShard(options(1), { index: 1, count: 2 }, join(work, 'shards/1'));
  const two = await renderShard(options(2), { index: 2, count: 2 }, join(work, 'shards/2'));
  assert.equal(one.packs + two.packs, plan.length);
  assert.ok(one.packs > 0 && two.packs > 0, 'both shards got work');
  // A shard leaves no PDF in the site: the merge puts them there.
  assert.deepEqual(
    [...(await snapshot(site)).keys()].filter((path) => path.endsWith('.pdf')),
    [],
  );

  const mergeCache = join(work, 'cache-merge');
  await mergeShards({ site, cacheDir: mergeCache }, [join(work, 'shards/2'), join(work, 'shards/1')]);
  const [expected, actual] = await Promise.all([snapshot(whole), snapshot(site)]);
  assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
  for (const [path, bytes] of expected) assert.ok(bytes.equals(actual.get(path)!), path);
  assert.match(
    actual.get('packs/index.html')!.toString(),
    /data-pack-size="packs\/modules\/dx-001.pdf">\d+ KB</,
  );
  // The merged cache holds every pack, so the next run on any machine renders nothing.
  const rerun = await copy('rerun');
  const again = await renderPdfs(plan.map(toJob), {
    outDir: rerun,
    cacheDir: mergeCache,
    base: BASE,
    log: () => {},
  });
  assert.equal(again.fromCache, plan.length);
});

test('a missing shard stops the merge before the site is touched', async () => {
  const site = await copy('incomplete');
  await renderShard(
    { site, cacheDir: join(work, 'cache-x'), base: BASE },
    { index: 1, count: 2 },
    join(work, 'x/1'),
  );
  await assert.rejects(
    mergeShards({ site, cacheDir: join(work, 'cache-x') }, [join(work, 'x/1')]),
    (error: Error) => {
      assert.ok(error instanceof MergeError);
      assert.match(error.message, /缺少分片 2\/2/);
      return true;
    },
  );
  assert.ok((await readdir(site)).includes('print'), 'print/ is still there for a retry');
});
