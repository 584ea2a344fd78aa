import { posix } from 'node:path';
import { createIssue, type ContentIssue } from './issue.ts';
import type { ModuleBody } from './links.ts';
import { decode, isExternal } from '../../security/url.ts';

/**
 * Images in module bodies: every image needs alt text (it is what a screen reader says and what
 * a member on a weak network sees instead), and a local image file must exist, because a
 * missing one stops the build with a message about Vite rather than about the lesson.
 * Images live in the repository, never on another site. `files` lists the project's other files (content/modules/**, public/**) by project-relative path.
 */
export function checkImages(bodies: ModuleBody[], files: ReadonlySet<string>): ContentIssue[] {
  return bodies.flatMap(({ file, outline }) =>
    outline.images.flatMap((image): ContentIssue[] => {
      const issues: ContentIssue[] = [];
      const at = { file, line: image.line, column: image.column, field: 'body' };
      if (!image.alt?.trim()) {
        issues.push(createIssue('image-alt-empty', at, { url: image.url, syntax: image.syntax }));
      }
      const url = image.url.split(/[?#]/)[0]!;
      if (url === '') return issues;
      if (isExternal(url)) {
        // A member's phone would ask another site for it: who studies what leaks, and the
        // site's Content-Security-Policy (img-src 'self') blocks it anyway. Other schemes
        // (data:, javascript:) are the body policy's to refuse.
        if (/^(https?:)?\/\//i.test(url)) issues.push(createIssue('image-external', at, { url: image.url }));
        return issues;
      }
      const relative = !url.startsWith('/');
      if (relative && image.syntax === 'jsx') {
        // Astro optimises Markdown images only; a relative <img src> reaches the browser as written.
        issues.push(createIssue('image-unprocessed', at, { url: image.url }));
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
        issues.push(createIssue('image-missing', at, { url: image.url, path, folder, nearby, relative }));
      }
      return issues;
    }),
  );
}
