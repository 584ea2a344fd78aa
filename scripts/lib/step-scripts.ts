// The npm scripts that run several commands in a row. Written as `a && b` in package.json,
// `npm run test -- --help` handed `--help` to the last command only, after the others had done
// their work (every unit test, or a whole build before Playwright printed its help). Run through
// scripts/steps.ts instead, `--help` prints the usage below first, and any other arguments still
// go to the last command, as npm passed them before.

/** One command: the program, its arguments, and variables set for it alone. */
export interface Step {
  command: string;
  args: string[];
  env?: Record<string, string>;
  /**
   * Started without waiting: the steps after it run meanwhile, and the last step starts only once
   * it has succeeded. Its output is held and printed in one piece when it ends, so two commands'
   * lines never interleave; if it fails, the step running beside it is stopped.
   */
  background?: boolean;
}

interface StepScript {
  usage: string;
  steps: (env: NodeJS.ProcessEnv) => Step[];
  /** How extra arguments reach the last command: after `--` for `npm run`, as they are otherwise. */
  passThrough: 'npm-run' | 'append';
}

/**
 * The tests, and the build they test, prefer the npm-shipped headless Chromium to an installed full
 * one where it runs: half the CPU on 2 cores (docs/testing.md). CHROMIUM_PATH still decides.
 */
const TEST_BROWSER = { CHROMIUM_PREFER: 'bundled' };

/** Slow unit test files run side by side; on 2 cores three were no faster (docs/testing.md). */
const SLOW_FILES_AT_ONCE = 2;

const npmRun = (script: string): Step => ({ command: 'npm', args: ['run', script] });

const e2eBuild = (env: NodeJS.ProcessEnv): Step => ({
  ...npmRun('build'),
  env: { QR_ALLOW_LOCAL: '1', SITE_URL: `http://127.0.0.1:${env.E2E_PORT || 4329}`, ...TEST_BROWSER },
});
const playwright = (): Step => ({ command: 'playwright', args: ['test'], env: TEST_BROWSER });

/**
 * How a unit test file that builds a site, starts Astro or opens a browser is named: seconds to
 * minutes each, so `npm run test:fast` leaves these files out by their name, and a new slow test
 * cannot slip into the fast lane unnoticed (test/unit/scripts/lib/step-scripts.test.ts).
 */
export const SLOW_TEST_SUFFIX = '.slow.test.ts';
const SLOW_MARK = SLOW_TEST_SUFFIX.replace(/\.test\.ts$/, '');

/**
 * Every unit test file but the slow ones, all in one process: a process for each of ~140 files
 * cost half the lane's CPU time (205 s against 107 s, same 633 tests).
 */
const fastLane = (): Step => ({
  command: process.execPath,
  args: ['--test', '--test-isolation=none', `test/unit/**/!(*${SLOW_MARK}).test.ts`],
});

/**
 * Each slow file in its own process, two at a time: node --test would run one at a time on 2
 * cores, but most of a slow file is one single-threaded Astro build or a browser waiting, so a
 * second file keeps the other core busy.
 */
const slowLane = (): Step => ({
  command: process.execPath,
  args: ['--test', `--test-concurrency=${SLOW_FILES_AT_ONCE}`, `test/unit/**/*${SLOW_TEST_SUFFIX}`],
  env: TEST_BROWSER,
});

export const STEP_SCRIPTS = {
  start: {
    usage: `用法：npm start [-- astro preview 的参数]
  构建网站（npm run build），成功后在 http://127.0.0.1:4321/ 提供预览（npm run preview）。`,
    steps: () => [npmRun('build'), npmRun('preview')],
    passThrough: 'npm-run',
  },
  test: {
    usage: `用法：npm test [-- playwright test 的参数]
  运行单元测试（同 npm run test:unit），同时用本机地址构建网站；两者都成功后运行端到端测试（同 npm run test:e2e）。
  构建的输出在它结束时一次打印，不与测试结果交错。`,
    // The e2e build beside the unit tests: the fast lane is one thread, and the build fills the
    // other core (docs/testing.md, "How long the suite takes").
    steps: (env) => [{ ...e2eBuild(env), background: true }, fastLane(), slowLane(), playwright()],
    passThrough: 'append',
  },
  'test:unit': {
    usage: `用法：npm run test:unit [-- node --test 的参数]
  运行 test/unit/ 下的全部单元测试（node:test）：先在一个进程里运行快测试（同 npm run test:fast），再每次两个地运行构建网站、启动浏览器或作为进程运行脚本的慢测试（*${SLOW_TEST_SUFFIX}）；参数交给慢测试。
  只运行一个文件：node --test test/unit/路径.test.ts`,
    // The fast files in one process, as test:fast runs them, then the slow files.
    steps: () => [fastLane(), slowLane()],
    passThrough: 'append',
  },
  'test:fast': {
    usage: `用法：npm run test:fast [-- node --test 的参数]
  只运行不构建网站、不启动浏览器的单元测试，约一分钟，适合改代码时随手运行。
  构建网站、启动浏览器或作为进程运行脚本的测试文件以 ${SLOW_TEST_SUFFIX} 结尾，由 npm run test:unit 和 npm test 运行。`,
    steps: () => [fastLane()],
    passThrough: 'append',
  },
  'test:e2e': {
    usage: `用法：npm run test:e2e [-- playwright test 的参数，如 test/e2e/csp.spec.ts]
  用本机地址构建网站（QR_ALLOW_LOCAL=1，SITE_URL=http://127.0.0.1:端口），再用 Playwright 在 Chromium 里测试。
  优先使用 npm 包自带的无界面 Chromium（CHROMIUM_PREFER=bundled），它在 2 核机器上只用一半的 CPU；CHROMIUM_PATH 可指定别的浏览器。
  E2E_PORT 指定端口（默认 4329），同一台机器上两个检出可以同时测试。`,
    steps: (env) => [e2eBuild(env), playwright()],
    passThrough: 'append',
  },
  lint: {
    usage: `用法：npm run lint
  用 ESLint 检查代码，再用 Prettier 检查格式（npm run format 自动整理格式）。`,
    steps: () => [
      { command: 'eslint', args: ['.'] },
      { command: 'prettier', args: ['--check', '.'] },
    ],
    passThrough: 'append',
  },
} satisfies Record<string, StepScript>;

export type StepScriptName = keyof typeof STEP_SCRIPTS;

export function isStepScript(name: string | undefined): name is StepScriptName {
  return name !== undefined && Object.hasOwn(STEP_SCRIPTS, name);
}

/** The commands `npm run <name> -- <extra>` runs, in order; `extra` goes to the last one. */
export function stepsFor(name: StepScriptName, extra: string[], env: NodeJS.ProcessEnv): Step[] {
  const script: StepScript = STEP_SCRIPTS[name];
  const steps = script.steps(env);
  if (extra.length === 0) return steps;
  const last = steps.at(-1)!;
  const passed = script.passThrough === 'npm-run' ? ['--', ...extra] : extra;
  return [...steps.slice(0, -1), { ...last, args: [...last.args, ...passed] }];
}
