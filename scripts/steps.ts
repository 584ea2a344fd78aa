// `node scripts/steps.ts <name> [args…]`: the npm scripts made of several commands (start, test,
// test:unit, test:e2e, lint; see scripts/lib/step-scripts.ts), run by scripts/lib/run-steps.ts.
import { exitWithUsageIfAsked } from './lib/cli-args.ts';
import { runSteps } from './lib/run-steps.ts';
import { isStepScript, STEP_SCRIPTS, stepsFor } from './lib/step-scripts.ts';

const [name, ...extra] = process.argv.slice(2);
if (!isStepScript(name)) {
  console.error(`未知的脚本「${name ?? ''}」（允许: ${Object.keys(STEP_SCRIPTS).join('、')}）`);
  process.exit(2);
}
exitWithUsageIfAsked(STEP_SCRIPTS[name].usage);
process.exit(await runSteps(stepsFor(name, extra, process.env)));
