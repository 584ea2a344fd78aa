// `npm run build`: builds into a temporary folder and moves it to dist/ only when every step
// succeeded, so a failed build can never leave dist/ looking like a good site.
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { INDEX_AFTER_BUILD, indexSite } from '../src/integrations/search-index.ts';
import { normalizeBase } from '../src/lib/routes.ts';
import { siteConfig } from '../src/site-config.ts';
import { isStackLine, renderFailureMessage } from '../src/lib/build-failure.ts';
import { checkInWorker } from '../src/lib/validation/check-in-worker.ts';
import { CHECKED_BESIDE_BUILD } from '../src/integrations/curriculum.ts';
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

// The content check runs on another thread while Astro starts (see check-in-worker.ts). Astro's
// output is held back until the check has passed, so a lecturer's broken module shows only the
// checker's list of problems.
const check = checkInWorker(root);
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CURRICULUM_OUT_DIR: stagingDir,
    ...INDEX_AFTER_BUILD,
    ...CHECKED_BESIDE_BUILD,
    // The bundler (Rolldown, mimalloc) otherwise keeps freed memory for reuse until the build
    // ends; returning it at once lowers the build's peak (see docs/performance.md).
    MIMALLOC_PURGE_DELAY: '0',
  },
});
const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
// Astro's output is passed on as it comes, without stack traces, and kept to explain a failure.
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
    if (checked) sink.write(`${line}\n`);
    else held.push([sink, line]);
  });
}

// Imported while Astro starts, not before it: workbox-build and the checker take about 0.7 s.
const [{ writeOfflineManifest, writeServiceWorker }, { BUILD_STOPPED, EXIT, runContentCheck }] =
  await Promise.all([import('../src/integrations/offline.ts'), import('../src/lib/validation/run-check.ts')]);
const verdict = await check.catch((error: Error) => ({
  lines: [`内容检查程序自身出错，请把这条信息发给维护人员：${error.message}`],
  exitCode: EXIT.checkerFailed,
  issueCount: 1,
}));
if (verdict.exitCode !== EXIT.ok) {
  child.kill();
  await exited;
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`\n${verdict.lines.join('\n')}\n\n${BUILD_STOPPED}`);
  process.exit(verdict.exitCode);
}
// Warnings (e.g. a group short of its yearly 学时) never stop a build but must be seen.
if (verdict.issueCount > 0) console.warn(`${verdict.lines.join('\n')}\n`);
checked = true;
for (const [sink, line] of held.splice(0)) sink.write(`${line}\n`);
const status = await exited;

if (status !== 0 || !existsSync(join(stagingDir, 'index.html'))) {
  rmSync(stagingDir, { recursive: true, force: true });
  // A page that failed to render: name the content file behind it and what to do.
  const modules = runContentCheck(root).report.modules.map(({ file, data }) => ({ file, code: data.code }));
  const explanation = renderFailureMessage(output.join('\n'), modules);
  if (explanation) console.error(`\n${explanation}`);
  console.error(`构建失败，dist/ 未被改动${existsSync(finalDir) ? '（仍是上一次成功构建的结果）' : ''}。`);
  process.exit(status || 1);
}
// The search index, built here rather than inside Astro (see src/integrations/search-index.ts),
// with the offline manifest written while Pagefind writes the index; then the service worker,
// which precaches the index's loader (see src/integrations/offline.ts).
const log = {
  info: (message: string) => console.log(message),
  warn: (message: string) => console.warn(message),
};
const base = normalizeBase(siteConfig.base);
let offlineManifest;
try {
  offlineManifest = await indexSite(stagingDir, log, () => writeOfflineManifest(stagingDir, base));
} catch (error) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`搜索索引生成失败：${(error as Error).message}\n构建失败，dist/ 未被改动。`);
  process.exit(1);
}
await writeServiceWorker(stagingDir, offlineManifest, log);
rmSync(finalDir, { recursive: true, force: true });
renameSync(stagingDir, finalDir);
console.log('构建完成：网站已输出到 dist/。');
