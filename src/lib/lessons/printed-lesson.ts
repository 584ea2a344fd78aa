import { pathToFileURL } from 'node:url';
import { siteMarkdownOptions } from '../content/markdown/site-markdown.ts';
import type { ModuleEdition } from '../routes/routes.ts';
import { renderLesson } from './render-lesson.ts';

/**
 * The printed edition of a body the content layer stored as HTML (rendered-at-sync.ts), which
 * accepted it only because it renders the same with the site's Markdown options alone: so this
 * always renders, and a failure is a bug, not a body to hand back.
 */
export function printedLesson(body: string, edition: ModuleEdition, filePath: string | undefined): string {
  const fileURL = pathToFileURL(filePath ?? 'module.mdx');
  const lesson = renderLesson(body, edition, { processor: siteMarkdownOptions(), fileURL });
  if (!lesson) throw new Error(`${filePath}: stored as HTML, but its ${edition} edition needs MDX`);
  return lesson.html;
}
