import assert from 'node:assert/strict';
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../../helpers/content.ts';
import { SLOW_TEST_SUFFIX, stepsFor } from '../../../../scripts/lib/step-scripts.ts';

const line = (steps: ReturnType<typeof stepsFor>) =>
  steps.map(({ command, args }) => [command.endsWith('node') ? 'node' : command, ...args].join(' '));

test('each script runs the commands it ran as `a && b`, extra arguments to the last one', () => {
  assert.deepEqual(line(stepsFor('start', [], {})), ['npm run build', 'npm run preview']);
  assert.deepEqual(line(stepsFor('start', ['--port', '5000'], {})), [
    'npm run build',
    'npm run preview -- --port 5000',
  ]);
  const [fast] = line(stepsFor('test:fast', [], {}));
  assert.match(fast!, /^node --test --test-isolation=none test\/unit\/\S+$/);
  const slow = `node --test --test-concurrency=2 test/unit/**/*${SLOW_TEST_SUFFIX}`;
  assert.deepEqual(line(stepsFor('test:unit', ['--test-only'], {})), [fast, `${slow} --test-only`]);
  // npm test: test:unit and test:e2e, with the e2e build beside the unit tests.
  const full = stepsFor('test', ['test/e2e/csp.spec.ts'], {});
  assert.deepEqual(line(full), ['npm run build', fast, slow, 'playwright test test/e2e/csp.spec.ts']);
  assert.deepEqual(
    full.map((step) => step.background ?? false),
    [true, false, false, false],
  );
  assert.deepEqual(line(stepsFor('lint', [], {})), ['eslint .', 'prettier --check .']);
  assert.deepEqual(line(stepsFor('test:e2e', ['test/e2e/csp.spec.ts'], {})), [
    'npm run build',
    'playwright test test/e2e/csp.spec.ts',
  ]);
});

test('the e2e build alone gets the local print origin, on the port Playwright serves', () => {
  const [build, playwright] = stepsFor('test:e2e', [], { E2E_PORT: '4400' });
  assert.deepEqual(stepsFor('test', [], { E2E_PORT: '4400' })[0]!.env, build!.env);
  assert.deepEqual(build!.env, {
    QR_ALLOW_LOCAL: '1',
    SITE_URL: 'http://127.0.0.1:4400',
    CHROMIUM_PREFER: 'bundled',
  });
  // The tests drive the browser that printed the packs they read.
  assert.deepEqual(playwright!.env, { CHROMIUM_PREFER: 'bundled' });
  assert.equal(stepsFor('test:e2e', [], {})[0]!.env!.SITE_URL, 'http://127.0.0.1:4329');
});

// What makes a unit test slow: running scripts/build.ts (an argument list or call that names it),
// Astro's dev server, a browser (PDFs are printed by one), or any command-line script of ours
// as a process (each start of Node on a TypeScript script costs about a second of CPU).
const SLOW_WORK = [
  /[[(]'scripts\/build\.ts'[\])]/,
  /'run',\s*'dev'/,
  /\brenderPdfs\(/,
  /\.launch\(/,
  /\b(spawn|execFile)(Sync)?\([^)]*?(process\.execPath|'npm')/,
];

test('test:fast runs every unit test file but the slow ones, and a slow one is named so', () => {
  const unit = join(projectRoot, 'test', 'unit');
  const all = readdirSync(unit, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `test/unit/${file.split('\\').join('/')}`);
  const slow = all.filter((file) => file.endsWith(SLOW_TEST_SUFFIX));
  const fast = all.filter((file) => !slow.includes(file));
  // The pattern as node --test resolves it, from the project's root.
  const pattern = stepsFor('test:fast', [], {})[0]!.args.at(-1)!;
  assert.deepEqual(globSync(pattern, { cwd: projectRoot }).sort(), fast.sort());
  assert.ok(slow.length > 0 && fast.length > slow.length);
  const unmarked = fast.filter((file) => {
    const text = readFileSync(join(projectRoot, file), 'utf8');
    return SLOW_WORK.some((work) => work.test(text));
  });
  assert.deepEqual(unmarked, [], `rename them to *${SLOW_TEST_SUFFIX} (git mv)`);
});
