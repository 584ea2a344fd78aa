// `npm run build`: builds into a temporary folder and moves it to dist/ only when every step
// succeeded, so a failed build can never leave dist/ looking like a good site.
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const finalDir = join(root, 'dist');
const stagingDir = join(root, '.dist-staging');
rmSync(stagingDir, { recursive: true, force: true });

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const result = spawnSync(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CURRICULUM_OUT_DIR: stagingDir },
});

if (result.status !== 0 || !existsSync(join(stagingDir, 'index.html'))) {
  rmSync(stagingDir, { recursive: true, force: true });
  console.error(`构建失败，dist/ 未被改动${existsSync(finalDir) ? '（仍是上一次成功构建的结果）' : ''}。`);
  process.exit(result.status || 1);
}
rmSync(finalDir, { recursive: true, force: true });
renameSync(stagingDir, finalDir);
console.log('构建完成：网站已输出到 dist/。');
