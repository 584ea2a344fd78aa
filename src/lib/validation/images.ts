import { posix } from 'node:path';
import type { ContentIssue } from './issue.ts';
import type { ModuleBody } from './links.ts';
import { messages } from './messages.ts';
import { decode, isExternal } from './url.ts';

/**
 * Images in module bodies: every image needs alt text (it is what a screen reader says and what
 * a member on a weak network sees instead), and a local image file must exist, because a
 * missing one stops the build with a message about Vite rather than about the lesson.
 * `files` lists the project's other files (content/modules/**, public/**) by project-relative path.
 */
export function checkImages(bodies: ModuleBody[], files: ReadonlySet<string>): ContentIssue[] {
  return bodies.flatMap(({ file, outline }) =>
    outline.images.flatMap((image): ContentIssue[] => {
      const issues: ContentIssue[] = [];
      const at = { file, line: image.line, column: image.column, field: 'body', severity: 'error' as const };
      if (!image.alt?.trim()) {
        issues.push({
          ...at,
          code: 'image-alt-empty',
          message: messages.imageAltEmpty(image.url),
          allowed:
            image.syntax === 'jsx'
              ? '在 <img> 中加 alt="用一句话说明图片内容"'
              : '在 ![ ] 的方括号里用一句话说明图片内容，如 ![支部换届选举流程图](./flow.png)',
        });
      }
      const url = image.url.split(/[?#]/)[0]!;
      if (url === '' || isExternal(url)) return issues;
      const relative = !url.startsWith('/');
      if (relative && image.syntax === 'jsx') {
        // Astro optimises Markdown images only; a relative <img src> reaches the browser as written.
        issues.push({
          ...at,
          code: 'image-unprocessed',
          message: messages.imageUnprocessed(image.url),
          allowed: `改用 Markdown 写法 ![图片说明](${image.url})`,
        });
        return issues;
      }
      const path = relative
        ? posix.normalize(posix.join(posix.dirname(file), decode(url)))
        : posix.join('public', decode(url));
      if (!files.has(path)) {
        const folder = relative ? posix.dirname(path) : 'public';
        const nearby = [...files]
          .filter((other) => posix.dirname(other) === folder)
          .map((f) => posix.basename(f));
        issues.push({
          ...at,
          code: 'image-missing',
          message: messages.imageMissing(image.url, path),
          allowed: nearby.length
            ? `${folder}/ 中现有：${nearby.slice(0, 8).join(', ')}`
            : relative
              ? `把图片放到 ${folder}/ 中，路径相对于本模块文件`
              : `把图片放到 public/ 中：地址 ${url} 对应文件 ${path}`,
        });
      }
      return issues;
    }),
  );
}
