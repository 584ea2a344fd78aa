// `npm run build`: `astro build` into a temporary folder, moved to dist/ only when every step
// succeeded, so a failed build can never leave dist/ looking like a good site. Astro runs the
// content check and the whole post-build pipeline itself (src/integrations/), exactly as a bare
// `astro build` does: this script only stages the output and explains failures.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isStackLine, renderFailureMessage } from '../src/lib/content/build-failure.ts';
import { CONTENT_CHECKED } from '../src/lib/content/validation/check-gate.ts';
import { BUILD_STOPPED } from '../src/lib/content/validation/check-output.ts';
import { exitWithUsageIfAsked } from './lib/cli-args.ts';

// Before anything is removed or started: `astro build --help` would print Astro's help and then
// this script would call the missing site a failed build.
exitWithUsageIfAsked(`用法：npm run build [-- Astro 的构建参数]
  先检查内容，再把网站构建到临时文件夹，全部成功后才替换 dist/；失败时 dist/ 保持不变。
  内容有错误时只列出检查发现的问题，不构建。其余参数原样交给 astro build。
  环境变量：SITE_URL 网站的公开地址，BASE_PATH 网站所在的路径，CURRICULUM_PACKS=off 不生成学习包，
  CURRICULUM_PACKS=html 只保留打印页面（之后用 npm run packs 生成 PDF）。`);

const root = process.cwd();
const finalDir = join(root, 'dist');
const stagingDir = join(root, '.dist-staging');
rmSync(stagingDir, { recursive: true, force: true });

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CURRICULUM_OUT_DIR: stagingDir,
    // The bundler (Rolldown, mimalloc) otherwise keeps freed memory for reuse until the build
    // ends; returning it at once lowers the build's peak (see docs/performance.md).
    MIMALLOC_PURGE_DELAY: '0',
  },
});
const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
// Astro's output is passed on as it comes, without stack traces, and kept to explain a failure.
// Until the content check has passed it is held back, so that broken content shows only the
// checker's list of problems, even when Astro's own content sync trips over it first.
const output: string[] = [];
const held: [NodeJS.WriteStream, string][] = [];
let checked = false;
for (const [stream, sink] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
] as const) {
  createInterface({ input: stream }).on('line', (line) => {
    output.push(line);
    if (isStackLine(line)) return;
    if (checked) return void sink.write(`${line}\n`);
    held.push([sink, line]);
    if (line.includes(CONTENT_CHECKED)) {
      checked = true;
      for (const [heldSink, heldLine] of held.splice(0)) heldSink.write(`${heldLine}\n`);
    }
  });
}
const status = await exited;

if (status !== 0 || !existsSync(join(stagingDir, 'index.html'))) {
  rmSync(stagingDir, { recursive: true, force: true });
  // Loaded only now: the checker is about 60 MB of this process, which waits beside Astro's.
  const { runContentCheck } = await import('../src/lib/content/validation/run-check.ts');
  const { lines, exitCode, report } = runContentCheck(root);
  if (!checked && exitCode !== 0) {
    console.error(`\n${lines.join('\n')}\n\n${BUILD_STOPPED}`);
    process.exit(exitCode);
  }
  for (const [sink, line] of held.splice(0)) sink.write(`${line}\n`);
  // A page that failed to render: name the content file behind it and what to do.
  const modules = report.modules.map(({ file, data }) => ({ file, code: data.code }));
  const explanation = renderFailureMessage(output.join('\n'), modules);
  if (explanation) console.error(`\n${explanation}`);
  console.error(`构建失败，dist/ 未被改动${existsSync(finalDir) ? '（仍是上一次成功构建的结果）' : ''}。`);
  process.exit(status || 1);
}
rmSync(finalDir, { recursive: true, force: true });
renameSync(stagingDir, finalDir);
console.log('构建完成：网站已输出到 dist/。');
