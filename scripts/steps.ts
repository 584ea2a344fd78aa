// `node scripts/steps.ts <name> [args…]`: the npm scripts made of several commands (start, test,
// test:unit, test:e2e, lint; see scripts/lib/step-scripts.ts). Runs them one after another and
// stops at the first that fails, with its exit code, as `a && b` did.
import { spawnSync } from 'node:child_process';
import { exitWithUsageIfAsked } from './lib/cli-args.ts';
import { isStepScript, STEP_SCRIPTS, stepsFor } from './lib/step-scripts.ts';

const [name, ...extra] = process.argv.slice(2);
if (!isStepScript(name)) {
  console.error(`未知的脚本「${name ?? ''}」（允许: ${Object.keys(STEP_SCRIPTS).join('、')}）`);
  process.exit(2);
}
exitWithUsageIfAsked(STEP_SCRIPTS[name].usage);

for (const step of stepsFor(name, extra, process.env)) {
  const run = spawnSync(step.command, step.args, {
    stdio: 'inherit',
    env: { ...process.env, ...step.env },
  });
  if (run.error) {
    console.error(`无法运行 ${step.command}：${run.error.message}`);
    process.exit(2);
  }
  if (run.status !== 0) process.exit(run.status ?? 1);
}
