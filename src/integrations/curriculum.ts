import type { AstroIntegration } from 'astro';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packsMode, writesPrintPages } from '../lib/packs/mode.ts';
import { checkPrintOrigin } from '../lib/content/qr/origin.ts';
import { CONTENT_DIRS } from '../lib/content/files/sources.ts';
import { readSourceDate } from '../lib/plans/schedule/revision.ts';
import { checkInWorker } from '../lib/content/validation/check-in-worker.ts';
import {
  CONTENT_CHECKED,
  contentCheckPassed,
  setContentCheckGate,
} from '../lib/content/validation/check-gate.ts';
import { BUILD_STOPPED, EXIT } from '../lib/content/validation/check-output.ts';
import { virtualConfigPlugin } from './virtual-config.ts';

/**
 * Runs the content check on another thread while Astro starts, syncs and bundles
 * (lib/content/validation/check-in-worker.ts). A collection that fails to load and the page bundle
 * wait for its verdict (lib/content/validation/check-gate.ts), so broken content stops the build
 * before anything is rendered, with only the checker's list of problems. `astro dev` re-checks and
 * prints problems whenever a lecturer saves.
 */
export function curriculum(): AstroIntegration {
  return {
    name: 'curriculum',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        if (command === 'build' || command === 'dev') {
          const gate = checkInWorker(root)
            .catch((error: Error) => ({
              lines: [`内容检查程序自身出错，请把这条信息发给维护人员：${error.message}`],
              exitCode: EXIT.checkerFailed,
              issueCount: 1,
            }))
            .then(({ lines, exitCode, issueCount }) => {
              // In dev problems are shown, never fatal: the lecturer is fixing them.
              if (exitCode !== EXIT.ok && command === 'build') {
                // Exit without Astro's stack trace: the list of problems is the whole message.
                console.error(`\n${lines.join('\n')}\n\n${BUILD_STOPPED}`);
                process.exit(exitCode);
              }
              // Warnings (e.g. a group short of its yearly 学时) never stop a build but must be seen.
              if (issueCount > 0) logger.warn(`\n${lines.join('\n')}`);
              if (command === 'build') logger.info(CONTENT_CHECKED);
            });
          setContentCheckGate(gate);
        }
        // Decided once per build; pages read this verdict from the virtual module, never recompute it.
        const printOrigin = checkPrintOrigin(config.site, { allowLocal: process.env.QR_ALLOW_LOCAL === '1' });
        if (command === 'build' && !printOrigin.ok) {
          logger.warn(
            `二维码未生成：${printOrigin.reason}。页面和学习包上会写明原因；正式发布前请设置 SITE_URL=https://…（网站的正式地址）后重新构建。`,
          );
        }
        updateConfig({
          // Writes .astro/collections/collections.json, which tells the Astro VS Code extension which
          // schema applies to which module file (frontmatter completion, see the authoring guide).
          // Editing happens beside `npm run dev` or after `astro sync`; a build that publishes has
          // no editor, and mapping every file cost 0.6 s of its 5.6 s content sync at 500 modules.
          experimental: { contentIntellisense: command !== 'build' },
          vite: {
            plugins: [
              // The end of the page bundle, built or failed, waits for the check (check-gate.ts).
              { name: 'curriculum:content-check-gate', apply: 'build', buildEnd: contentCheckPassed },
              virtualConfigPlugin({
                printOrigin,
                printPages: writesPrintPages(packsMode(process.env.CURRICULUM_PACKS)),
                sourceEpoch: Math.floor(readSourceDate(root).getTime() / 1000),
              }),
            ],
            build: { rolldownOptions: { onwarn: silenceDirectiveWarnings } },
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        // New and deleted files matter too: `npm run new` while the preview runs, a removed prerequisite.
        const recheck = async (path: string) => {
          const inProject = relative(root, path).split(sep).join('/');
          if (!Object.values(CONTENT_DIRS).some((dir) => inProject.startsWith(dir))) return;
          // Loaded on the first edit: a build checks on its worker and never needs the checker here.
          const { runContentCheck } = await import('../lib/content/validation/run-check.ts');
          const { lines } = runContentCheck(root);
          logger.info(`\n${lines.join('\n')}`);
        };
        for (const event of ['change', 'add', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}

/** Each MDX file otherwise prints an 11-line MODULE_LEVEL_DIRECTIVE warning that hides real ones. */
function silenceDirectiveWarnings(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
  if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
}
