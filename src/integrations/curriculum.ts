import type { AstroIntegration } from 'astro';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packsMode, writesPrintPages } from '../lib/packs/mode.ts';
import { checkPrintOrigin } from '../lib/qr/origin.ts';
import { CONTENT_DIRS } from '../lib/content-files/sources.ts';
import { readSourceDate } from '../lib/schedule/revision.ts';
import { BUILD_STOPPED, runContentCheck } from '../lib/validation/run-check.ts';
import { virtualConfigPlugin } from './virtual-config.ts';

/**
 * What `npm run build` (scripts/build.ts) sets for Astro: it runs the content check itself, beside
 * Astro on another thread (lib/validation/check-in-worker.ts), and stops Astro if the check fails.
 */
export const CHECKED_BESIDE_BUILD = { CURRICULUM_CHECK: 'beside-build' } as const;

/**
 * Runs the content check inside Astro, unless `npm run build` runs it beside Astro: a bare
 * `astro build` stops before writing anything when content is broken, and `astro dev` re-checks
 * and prints problems whenever a lecturer saves.
 */
export function curriculum(): AstroIntegration {
  return {
    name: 'curriculum',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (process.env.CURRICULUM_CHECK !== CHECKED_BESIDE_BUILD.CURRICULUM_CHECK) {
          const { lines, exitCode, report } = runContentCheck(fileURLToPath(config.root));
          if (exitCode !== 0 && command === 'build') {
            // Exit without Astro's stack trace: the list of problems is the whole message.
            console.error(`\n${lines.join('\n')}\n\n${BUILD_STOPPED}`);
            process.exit(exitCode);
          }
          // Warnings (e.g. a group short of its yearly 学时) never stop a build but must be seen.
          if (report.issues.length > 0) logger.warn(`\n${lines.join('\n')}`);
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
          experimental: { contentIntellisense: true },
          vite: {
            plugins: [
              virtualConfigPlugin({
                printOrigin,
                printPages: writesPrintPages(packsMode(process.env.CURRICULUM_PACKS)),
                sourceEpoch: Math.floor(readSourceDate(fileURLToPath(config.root)).getTime() / 1000),
              }),
            ],
            build: { rolldownOptions: { onwarn: silenceDirectiveWarnings } },
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = server.config.root;
        // New and deleted files matter too: `npm run new` while the preview runs, a removed prerequisite.
        const recheck = (path: string) => {
          const inProject = relative(root, path).split(sep).join('/');
          if (!Object.values(CONTENT_DIRS).some((dir) => inProject.startsWith(dir))) return;
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
