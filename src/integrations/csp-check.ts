import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { activeSvgLines } from '../lib/security/dist-svgs.ts';
import { tightenPolicy } from '../lib/csp/tighten.ts';
import { uncoveredInlineCode } from '../lib/csp/uncovered.ts';

/**
 * Fails the build when an SVG in dist/ holds active content (src/lib/security/dist-svgs.ts), or
 * when a page carries inline code its own Content Security Policy would block
 * (an inline script or style without its hash, an `onclick="…"`): a member's browser would
 * silently skip it, so the build says which page and which code instead. Then each page's policy
 * keeps only the hashes that page needs (src/lib/csp/tighten.ts).
 */
export function cspCheck(): AstroIntegration {
  return {
    name: 'curriculum-csp-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const lines: string[] = [];
        const files = readdirSync(outDir, { recursive: true }).map(String);
        // Every SVG the build wrote or copied (content images, public/, the QR codes, Starlight's
        // assets) is a document of the site's origin when opened directly, outside any page's CSP.
        const svgs = activeSvgLines(
          files
            .filter((file) => /\.svgz?$/i.test(file))
            .map((file) => ({
              file: file.split(sep).join('/'),
              text: readFileSync(join(outDir, file), 'utf8'),
            })),
        );
        if (svgs.length > 0) {
          logger.error(
            `dist/ 中的 SVG 文件含有会运行或加载外部内容的部分，有人直接打开它们的网址时会在本网站上生效：\n` +
              `${svgs.slice(0, 20).join('\n')}\n共 ${svgs.length} 处。请修改或删除这些文件后重新构建。`,
          );
          process.exit(1);
        }
        const pages = files
          // Print pages become PDFs and are deleted afterwards; their renderer ignores the CSP.
          .filter((file) => file.endsWith('.html') && !file.startsWith('print'))
          .map((file) => ({ file, html: readFileSync(join(outDir, file), 'utf8') }));
        for (const { file, html } of pages) {
          for (const problem of uncoveredInlineCode(html)) {
            lines.push(`${file}  ${problem.kind}  ${problem.detail}  ${problem.excerpt}`);
          }
        }
        if (lines.length === 0) {
          for (const { file, html } of pages) writeFileSync(join(outDir, file), tightenPolicy(html));
          return;
        }
        logger.error(
          `内容安全策略（CSP）会拦截以下内联代码，成员的浏览器不会执行它们：\n${lines.slice(0, 20).join('\n')}\n` +
            `共 ${lines.length} 处。请改用打包的 <script>（不加 is:inline），或去掉 on… 事件属性。`,
        );
        process.exit(1);
      },
    },
  };
}
