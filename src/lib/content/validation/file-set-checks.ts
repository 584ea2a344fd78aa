import { contentFileRole } from '../files/file-set.ts';
import type { ContentPath } from '../files/sources.ts';
import { createIssue, type ContentIssue } from './issue.ts';

/**
 * Names every file under content/ that the site would publish unchecked or silently leave out:
 * a symlink (Astro's glob follows it, the checker does not read it) is an error; a `.md`, `.MDX`
 * or misplaced `.mdx` is a warning, because the lecturer expects a page that will not appear.
 */
export function checkFileSet(paths: readonly ContentPath[]): ContentIssue[] {
  return paths.flatMap(({ file, path, symlink }): ContentIssue[] => {
    const at = { file, line: 1, field: 'file' };
    if (symlink) return [createIssue('file-symlink', at)];
    const role = contentFileRole(path);
    if (role.kind !== 'stray') return [];
    const rename =
      role.reason === 'markdown' || role.reason === 'extension-case'
        ? file
            .replace(/\.[^./]+$/, '.mdx')
            .split('/')
            .pop()
        : undefined;
    return [createIssue('file-stray', at, { reason: role.reason, rename })];
  });
}
