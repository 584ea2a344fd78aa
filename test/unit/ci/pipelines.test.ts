import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { projectRoot } from '../../helpers/content.ts';

// The CI templates cannot run here, so these tests hold them to the facts they depend on.
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');
const yaml = (path: string) => parse(read(path)) as Record<string, unknown>;
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

test('the GitHub Pages build sets SITE_URL and BASE_PATH and uploads dist/', () => {
  const build = steps(yaml('.github/workflows/deploy.yml'), 'build');
  const step = build.find((candidate) => candidate.run === 'npm run build')!;
  assert.deepEqual(Object.keys(step.env ?? {}).sort(), ['BASE_PATH', 'SITE_URL']);
  assert.ok(build.some((candidate) => JSON.stringify(candidate).includes('"path":"dist"')));
});

test('GitLab Pages publishes dist/ from the default branch with the same settings', () => {
  const pages = yaml('.gitlab-ci.yml').pages as { script: string[]; pages: { publish: string } };
  assert.equal(pages.pages.publish, 'dist');
  assert.ok(pages.script.some((line) => line.startsWith('export SITE_URL=')));
  assert.ok(pages.script.some((line) => line.startsWith('export BASE_PATH=')));
  assert.equal(pages.script.at(-1), 'npm run build');
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
