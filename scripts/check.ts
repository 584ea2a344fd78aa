// `npm run check`: validates all content without building the site.
// Exit codes: 0 no errors (warnings may be printed), 1 content errors, 2 the checker itself failed.
import { EXIT, runContentCheck } from '../src/lib/validation/run-check.ts';

const root = process.cwd();
try {
  const { lines, exitCode } = runContentCheck(root, { github: process.env.CI === 'true' });
  console.log(lines.join('\n'));
  process.exitCode = exitCode;
} catch (error) {
  console.error(
    `内容检查程序自身出错，请把这条信息发给维护人员：${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = EXIT.checkerFailed;
}
