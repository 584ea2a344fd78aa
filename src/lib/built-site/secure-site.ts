import type { BuiltSite } from './built-site.ts';
import { BuildStepFailure } from './step-failure.ts';
import { sitePaths } from '../routes/routes.ts';
import { activeSvgLines } from '../content/validation/dist-svgs.ts';
import { tightenPolicy } from '../security/csp/tighten.ts';
import { uncoveredInlineCode } from '../security/csp/uncovered.ts';

/** How many problem lines a failure lists before it gives only the count. */
const SHOWN = 20;

/**
 * Refuses a built site with an active SVG (src/lib/content/validation/dist-svgs.ts) or a page whose inline
 * code its own Content Security Policy would block (an inline script or style without its hash,
 * an `onclick="…"`): a member's browser would silently skip it, so the build says which page and
 * which code instead. Then each page's policy keeps only the hashes that page needs (tighten.ts).
 */
export function secureBuiltSite(site: BuiltSite): void {
  // Every SVG the build wrote or copied (content images, public/, the QR codes, Starlight's
  // assets) is a document of the site's origin when opened directly, outside any page's CSP.
  const svgs = activeSvgLines(
    site.files.filter((file) => /\.svgz?$/i.test(file)).map((file) => ({ file, text: site.text(file) })),
  );
  if (svgs.length > 0) {
    throw new BuildStepFailure(
      `dist/ 中的 SVG 文件含有会运行或加载外部内容的部分，有人直接打开它们的网址时会在本网站上生效：\n` +
        `${svgs.slice(0, SHOWN).join('\n')}\n共 ${svgs.length} 处。请修改或删除这些文件后重新构建。`,
    );
  }
  // Print pages become PDFs and are deleted afterwards; their renderer ignores the CSP.
  const pages = site.pages.filter((file) => !file.startsWith(sitePaths.printRoot()));
  const lines = pages.flatMap((file) =>
    uncoveredInlineCode(site.text(file)).map(
      (problem) => `${file}  ${problem.kind}  ${problem.detail}  ${problem.excerpt}`,
    ),
  );
  if (lines.length > 0) {
    throw new BuildStepFailure(
      `内容安全策略（CSP）会拦截以下内联代码，成员的浏览器不会执行它们：\n${lines.slice(0, SHOWN).join('\n')}\n` +
        `共 ${lines.length} 处。请改用打包的 <script>（不加 is:inline），或去掉 on… 事件属性。`,
    );
  }
  for (const file of pages) site.write(file, tightenPolicy(site.text(file)));
}
