// `npm run check`: validates all content without building the site.
// Exit codes: 0 no errors (warnings may be printed), 1 content errors, 2 the checker itself failed.
import { isGithubActions } from '../src/lib/platform/ci.ts';
import { escapeLogLine } from '../src/lib/content/validation/report.ts';
import { EXIT } from '../src/lib/content/validation/check-output.ts';
import { runContentCheck } from '../src/lib/content/validation/run-check.ts';
import { exitWithUsageIfAsked } from './lib/cli-args.ts';

exitWithUsageIfAsked(`用法：npm run check
  检查 content/ 下的全部模块、分类、学习计划和二维码登记表，不构建网站。
  每个问题一行：文件:行  字段  说明  (允许: …)；分类文件的错误排在最前面。
  退出码：0 没有错误（可能有警告），1 内容有错误，2 检查程序自身出错。
  在 CI 中（CI=1、CI=true、GITLAB_CI、GITHUB_ACTIONS 等），缺少 Git 历史（浅克隆）算作错误；
  在 GitHub Actions 中另外输出 GitHub 注释。`);

const root = process.cwd();
try {
  const { lines, exitCode } = runContentCheck(root, { github: isGithubActions(process.env) });
  console.log(lines.join('\n'));
  process.exitCode = exitCode;
} catch (error) {
  console.error(
    // The message may quote content; it stays one inert line like the problems above.
    `内容检查程序自身出错，请把这条信息发给维护人员：${escapeLogLine(error instanceof Error ? error.message : String(error))}`,
  );
  process.exitCode = EXIT.checkerFailed;
}
