// `npm run budget [-- --dir dist --base / --query 党员]`: serves a built site with gzip and checks
// what a phone downloads against the page-weight budgets (scripts/lib/budget/budgets.ts). Prints
// each figure against its budget; exits 1 when one is over, 2 when it cannot measure.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { locateBrowser } from '../src/lib/packs/pdf/browser/locate-browser.ts';
import { parseCliArgs } from './lib/cli-args.ts';
import { runBudget } from './lib/budget/run-budget.ts';

const USAGE = `用法：npm run budget -- [--dir dist] [--base /] [--query 党员]
  用 gzip 提供一个构建好的网站，在手机尺寸的 Chromium 里对照页面体积预算测量下载字节数。
  退出码：0 都在预算内，1 有超出预算的，2 无法测量。
  --dir    构建好的网站目录（默认 dist）
  --base   网站的 BASE_PATH（默认取环境变量 BASE_PATH，否则 /）
  --query  测量搜索时输入的词（默认 党员）`;
const { values } = parseCliArgs(
  {
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH || '/' },
      query: { type: 'string', default: '党员' },
    },
  },
  USAGE,
);
const outDir = resolve(values.dir);
if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(`${outDir} 里没有构建好的网站，请先运行 npm run build。\n${USAGE}`);
  process.exit(2);
}

try {
  const located = await locateBrowser();
  const browser = await chromium.launch({ executablePath: located.executablePath, args: located.args });
  try {
    const report = await runBudget(browser, outDir, values.base, values.query);
    console.log(`页面体积预算（gzip 传输字节，手机尺寸 Chromium）：\n${report.table}`);
    if (!report.ok) {
      console.error('超出预算。');
      process.exit(1);
    }
  } finally {
    await browser.close();
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
