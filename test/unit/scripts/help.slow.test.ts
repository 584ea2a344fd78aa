import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { projectRoot } from '../../helpers/content.ts';
import { makeTempProject } from '../../helpers/temp-project.ts';
import { isStepScript, STEP_SCRIPTS } from '../../../scripts/lib/step-scripts.ts';

const scripts: Record<string, string> = JSON.parse(
  readFileSync(join(projectRoot, 'package.json'), 'utf8'),
).scripts;
// Ours: a file under scripts/, which prints a Chinese usage; the rest hand --help to their tool.
const OURS = /^node scripts\/[\w-]+\.ts\b/;

const project = makeTempProject([]);
after(project.remove);
const listing = () => readdirSync(project.root, { recursive: true }).map(String).sort();

/** `npm run <name> -- --help`; ours are run as package.json spells them, without npm's start-up. */
async function runHelp(name: string) {
  const command = scripts[name]!;
  const [file, ...args] = OURS.test(command) ? command.split(' ').slice(1) : [];
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>(
    (resolve) =>
      execFile(
        file ? process.execPath : 'npm',
        file ? [file, ...args, '--help'] : ['run', '--silent', name, '--', '--help'],
        { cwd: project.root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
        (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
      ),
  );
  return { name, ours: Boolean(file), code, stdout, stderr };
}

test('every npm script answers --help with exit 0 and does no work', async () => {
  const before = listing();
  // All at once: each is mostly start-up time.
  for (const result of await Promise.all(Object.keys(scripts).map(runHelp))) {
    const { name } = result;
    assert.equal(result.code, 0, `${name}: ${result.stderr}`);
    if (result.ours) {
      const invocation = ['start', 'test'].includes(name) ? `npm ${name}` : `npm run ${name}`;
      assert.ok(result.stdout.startsWith(`用法：${invocation}`), `${name}: ${result.stdout}`);
    } else {
      assert.match(result.stdout, /usage|--help/i, name);
    }
  }
  // Nothing was built, checked into a cache, generated or removed.
  assert.deepEqual(listing(), before);
});

/** Whether `npm run <name>` can start Astro with its telemetry on. */
function startsAstroWithTelemetry(name: string): boolean {
  const command = scripts[name]!;
  if (/(^|&&\s*)astro\b/.test(command) || /\sastro\s/.test(command)) {
    return !command.startsWith('ASTRO_TELEMETRY_DISABLED=1 ');
  }
  const step = /^node scripts\/steps\.ts (\S+)$/.exec(command)?.[1];
  if (step) {
    assert.ok(isStepScript(step), step);
    return STEP_SCRIPTS[step]
      .steps({})
      .some(({ command, args }) =>
        command === 'npm' ? startsAstroWithTelemetry(args[1]!) : /astro/.test(command),
      );
  }
  return false;
}

test('Astro telemetry is off in every script, without the user exporting anything', () => {
  for (const name of Object.keys(scripts)) {
    assert.equal(startsAstroWithTelemetry(name), false, `${name}: ${scripts[name]}`);
  }
  // The two scripts that start Astro from code.
  for (const file of ['scripts/build.ts', 'scripts/lib/bench-measure.ts']) {
    assert.match(readFileSync(join(projectRoot, file), 'utf8'), /ASTRO_TELEMETRY_DISABLED: '1'/, file);
  }
  assert.match(scripts.dev!, /ASTRO_DISABLE_UPDATE_CHECK=true/);
});

test('the runner stops at --help and refuses an unknown name', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts', 'steps.ts'), ...args], { encoding: 'utf8' });
  for (const name of Object.keys(STEP_SCRIPTS)) {
    const help = run(name, '--help');
    assert.equal(help.status, 0, name);
    assert.match(help.stdout, /^用法：npm /, name);
  }
  const unknown = run('deploy');
  assert.equal(unknown.status, 2);
  assert.match(
    unknown.stderr,
    /未知的脚本「deploy」（允许: start、test、test:unit、test:fast、test:e2e、lint）/,
  );
});
