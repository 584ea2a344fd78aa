/**
 * Turns Astro's report of a page that failed to render into what a lecturer can act on: which
 * content file, what to do, in Chinese, without the stack trace. The content check catches what
 * it can before the build; this is the net for what only rendering finds (say a component given a
 * prop of the wrong shape).
 */

import { stripVTControlCharacters } from 'node:util';
import { moduleSlug, moduleSlugOf } from '../routes/routes.ts';

/** A module file and its code, as the content check knows them. */
export interface ModuleFile {
  file: string;
  code: string;
}

/** Lines of a JavaScript stack trace, which mean nothing to a lecturer. */
export function isStackLine(line: string): boolean {
  // Astro colours its output when it thinks a terminal or CI shows it (CI=true does).
  const text = stripVTControlCharacters(line);
  return /^\s+at\s/.test(text) || /^\s*Stack trace:?\s*$/i.test(text);
}

/**
 * The content file behind a failed render: named in the error itself, or the module whose page
 * Astro was writing when it failed (`/modules/<code>/`). Undefined when neither is in the output.
 */
export function failedContentFile(output: string, modules: readonly ModuleFile[]): string | undefined {
  const named = /content\/(?:modules|pages)\/[^\s:'"()]+\.mdx/.exec(output)?.[0];
  if (named) return named;
  // Astro names each page it writes by its path (`/modules/dx-001/index.html`): every two folders
  // after a slash are a candidate page, read back by the route builders; the last module page wins.
  const pages = [...output.matchAll(/\/(?=([^\s/]+\/[^\s/]+\/))/g)].map((match) => moduleSlugOf(match[1]!));
  const last = pages.findLast((slug) => slug !== undefined);
  return modules.find((module) => moduleSlug(module.code) === last)?.file;
}

/** What the build prints last when a page failed to render. */
export function renderFailureMessage(coloured: string, modules: readonly ModuleFile[]): string | undefined {
  const output = stripVTControlCharacters(coloured);
  if (!/\[ERROR\]|error/i.test(output)) return undefined;
  const file = failedContentFile(output, modules);
  if (!file) return undefined;
  const reason = output
    .split('\n')
    .find((line) => /\[ERROR\]/.test(line))
    ?.replace(/^.*\[ERROR\]\s*(\[[^\]]+\]\s*)?/, '')
    .trim();
  return [
    `构建在生成页面时出错：${file} 渲染失败${reason ? `（${reason}）` : ''}。`,
    '请检查这个文件中的组件：必填属性是否都写了（如 <SelfCheck> 的 question、options、answer），',
    'options 是否写成列表 {["甲", "乙"]}，answer 是否是其中一项的序号。改好后运行 npm run check，再重新构建。',
  ].join('\n');
}
