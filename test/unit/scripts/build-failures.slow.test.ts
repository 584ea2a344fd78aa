import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { projectRoot } from '../../helpers/content.ts';
import { makeTempProject } from '../../helpers/temp-project.ts';

// How \`npm run build\` and a bare \`astro build\` stop (scripts/build.ts, src/integrations/): the
// content check's list and nothing else, no site left behind. The pipeline's output when they
// succeed is build.slow.test.ts; two files, so that the slow lane runs them side by side.

const project = makeTempProject(['missing-title', 'prerequisite-cycle']);
after(project.remove);

const NPM_RUN_BUILD = ['scripts/build.ts'];
const ASTRO_BUILD = [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];

/** Runs a build in `root`: its exit status and everything it printed, stdout then stderr. */
function build(root: string, command: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, command, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

test('npm run build stops on broken content, prints every problem and leaves no site behind', () => {
  const { status, output } = build(project.root, NPM_RUN_BUILD);
  assert.notEqual(status, 0);
  assert.match(output, /content\/modules\/missing-title\/module\.mdx:2  title  缺少必填字段/);
  // The module without a title still claims its code, so the second fixture's reuse of it is
  // reported in the same round.
  assert.match(
    output,
    /content\/modules\/prerequisite-cycle\/a\.mdx:3  code  编号 TS-001 已被 content\/modules\/missing-title\/module\.mdx 使用/,
  );
  assert.match(output, /构建已停止/);
  assert.doesNotMatch(output, /Stack trace|at .*\(.*:\d+:\d+\)/);
  assert.equal(existsSync(join(project.root, 'dist')), false);
  assert.equal(existsSync(join(project.root, '.dist-staging')), false);
});

test('a bare astro build also stops on broken content before writing anything, with the same list', () => {
  const { status, output } = build(project.root, ASTRO_BUILD);
  assert.notEqual(status, 0);
  assert.match(output, /content\/modules\/missing-title\/module\.mdx:2  title  缺少必填字段/);
  assert.match(output, /构建已停止/);
  assert.doesNotMatch(output, /Stack trace/);
  assert.equal(existsSync(join(project.root, 'dist')), false);
});

test('a body that does not compile also stops a bare astro build with the checker’s list, not the compiler’s error', () => {
  // Its frontmatter is valid, so the collections sync; the page bundle fails and waits for the check.
  const broken = makeTempProject(['unclosed-component']);
  try {
    const { status, output } = build(broken.root, ASTRO_BUILD, { CURRICULUM_PACKS: 'off' });
    assert.notEqual(status, 0);
    assert.match(output, /content\/modules\/unclosed-component\/module\.mdx:20:1  body  MDX 语法错误/);
    assert.match(output, /构建已停止/);
    assert.doesNotMatch(output, /Stack trace|at .*\(.*:\d+:\d+\)/);
    assert.equal(existsSync(join(broken.root, 'dist', 'index.html')), false);
  } finally {
    broken.remove();
  }
});

test('a page that fails to render names its module file and what to do, in Chinese, without a stack trace', () => {
  const project = makeTempProject([]);
  try {
    // Passes the content check (a known component, literal props); only rendering finds the gap.
    mkdirSync(join(project.root, 'content', 'modules', 'theory'), { recursive: true });
    cpSync(
      join(projectRoot, 'test', 'fixtures', 'render-failure', 'module.mdx'),
      join(project.root, 'content', 'modules', 'theory', 'ts-001-render.mdx'),
    );
    const { status, output } = build(project.root, NPM_RUN_BUILD, { CURRICULUM_PACKS: 'off' });
    assert.notEqual(status, 0);
    assert.match(output, /构建在生成页面时出错：content\/modules\/theory\/ts-001-render\.mdx 渲染失败/);
    assert.match(output, /改好后运行 npm run check，再重新构建/);
    assert.doesNotMatch(output, /Stack trace|^\s+at .*:\d+:\d+\)?$/m);
    assert.equal(existsSync(join(project.root, 'dist')), false);
  } finally {
    project.remove();
  }
});
