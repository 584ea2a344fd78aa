import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { projectRoot } from '../../helpers/content.ts';

// The CI templates cannot run here, so these tests hold them to the facts they depend on.
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
// GitLab's `!reference [job, key]` is kept as the path it names; `<<` merges as GitLab does.
const reference = { tag: '!reference', resolve: (value: unknown) => value, collection: 'seq' as const };
const yaml = (path: string) =>
  parse(read(path), { customTags: [reference], merge: true }) as Record<string, unknown>;
const steps = (workflow: Record<string, unknown>, job: string) =>
  (workflow.jobs as Record<string, { steps: { run?: string; env?: Record<string, string> }[] }>)[job]!.steps;
const runs = (list: { run?: string }[]) => list.map((step) => step.run).filter(Boolean);

test('no pipeline uses npm ci, which rejects this lockfile', () => {
  for (const path of [
    '.github/workflows/pull-request.yml',
    '.github/workflows/deploy.yml',
    '.gitlab-ci.yml',
  ]) {
    assert.doesNotMatch(read(path).replace(/#.*$/gm, ''), /npm ci\b/, path);
  }
});

test('pull requests run the content check, types, lint and the full test command', () => {
  const workflow = yaml('.github/workflows/pull-request.yml');
  assert.ok('pull_request' in (workflow.on as object));
  assert.deepEqual(runs(steps(workflow, 'content')), ['npm install --no-audit --no-fund', 'npm run check']);
  assert.deepEqual(runs(steps(workflow, 'test')).slice(1), [
    // The pack tests read PDFs with poppler and scan their QR codes with zbar.
    'sudo apt-get update && sudo apt-get install -y poppler-utils zbar-tools',
    'npm run typecheck',
    'npm run lint',
    'npm test',
  ]);
});

type Step = { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, unknown> };
type Job = { needs?: string | string[]; steps: Step[]; strategy?: { matrix: { shard: number[] } } };

test('GitHub Pages: the site is built once with its print pages, packs in a matrix of shards, then merged', () => {
  const jobs = yaml('.github/workflows/deploy.yml').jobs as Record<string, Job>;
  const site = jobs.site!.steps;
  const build = site.find((step) => step.run === 'npm run build')!;
  assert.deepEqual(Object.keys(build.env ?? {}).sort(), ['BASE_PATH', 'CURRICULUM_PACKS', 'SITE_URL']);
  assert.equal(build.env!.CURRICULUM_PACKS, 'html');
  assert.ok(
    site.some((step) => step.uses?.startsWith('actions/upload-artifact') && step.with?.path === 'dist'),
  );

  const shards = jobs.packs!.strategy!.matrix.shard;
  assert.ok(shards.length > 1);
  const render = jobs.packs!.steps.find((step) => step.run?.startsWith('npm run packs -- --shard'))!;
  // The matrix and the command agree on n, and the command uses the matrix's own i.
  assert.match(render.run!, new RegExp(`--shard \\$\\{\\{ matrix.shard \\}\\}/${shards.length} `));
  assert.deepEqual(Object.keys(render.env ?? {}), ['BASE_PATH']);
  const restore = jobs.packs!.steps.find((step) => step.uses?.startsWith('actions/cache/restore'))!;
  assert.equal(restore.with!.path, 'node_modules/.cache/packs');
  assert.match(String(restore.with!.key), /^packs-\$\{\{ needs\.site\.outputs\.print_hash \}\}$/);
  assert.equal(restore.with!['restore-keys'], 'packs-');

  const merge = jobs.merge!;
  assert.deepEqual(merge.needs, ['site', 'packs']);
  const mergeRun = merge.steps.find((step) => step.run?.startsWith('npm run packs -- --merge'))!.run!;
  assert.deepEqual(
    mergeRun.split(' ').slice(5),
    shards.map((shard) => `shards/packs-${shard}`),
  );
  const save = merge.steps.find((step) => step.uses?.startsWith('actions/cache/save'))!;
  assert.equal(save.with!.key, restore.with!.key);
  assert.ok(merge.steps.some((step) => JSON.stringify(step).includes('"path":"dist"')));
  assert.equal(jobs.deploy!.needs, 'merge');
});

test('GitLab Pages: the same site, parallel shards and merge, publishing dist/ from the default branch', () => {
  const ci = yaml('.gitlab-ci.yml') as Record<string, Record<string, unknown>>;
  const script = (job: string) => ci[job]!.script as unknown[];
  const pagesUrl = ['.pages-url', 'script'];
  const urls = ci['.pages-url']!.script as string[];
  assert.ok(urls.some((line) => line.startsWith('export SITE_URL=')));
  assert.ok(urls.some((line) => line.startsWith('export BASE_PATH=')));
  assert.deepEqual(script('site'), [pagesUrl, 'CURRICULUM_PACKS=html npm run build']);
  assert.deepEqual(ci.site!.artifacts, { paths: ['dist'], expire_in: '1 day' });

  assert.ok(Number(ci.packs!.parallel) > 1);
  assert.deepEqual(ci.packs!.needs, ['site']);
  assert.deepEqual(script('packs'), [
    pagesUrl,
    'npm run packs -- --shard "$CI_NODE_INDEX/$CI_NODE_TOTAL" --out "shards/$CI_NODE_INDEX"',
  ]);
  const [shardCache] = ci.packs!.cache as Record<string, unknown>[];
  const [mergeCache] = ci.pages!.cache as Record<string, unknown>[];
  assert.deepEqual(shardCache!.paths, ['node_modules/.cache/packs/']);
  assert.equal(shardCache!.policy, 'pull');
  assert.equal(mergeCache!.key, shardCache!.key);
  assert.equal(mergeCache!.policy, 'pull-push');

  assert.deepEqual(ci.pages!.needs, ['site', 'packs']);
  assert.deepEqual(script('pages'), ['npm run packs -- --merge shards/*']);
  assert.equal((ci.pages!.pages as { publish: string }).publish, 'dist');
});

test('every pipeline fetches the full Git history the QR registry guard reads', () => {
  for (const path of ['.github/workflows/pull-request.yml', '.github/workflows/deploy.yml']) {
    const jobs = Object.values(
      yaml(path).jobs as Record<string, { steps: { uses?: string; with?: object }[] }>,
    );
    const checkouts = jobs
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('actions/checkout'));
    assert.ok(checkouts.length > 0, path);
    for (const step of checkouts) assert.deepEqual(step.with, { 'fetch-depth': 0 }, path);
  }
  assert.equal((yaml('.gitlab-ci.yml').variables as Record<string, string>).GIT_DEPTH, '0');
});
