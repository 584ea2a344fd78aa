/**
 * A content loader wrapper that stores module bodies as rendered HTML, the way Astro stores `.md`
 * files, instead of leaving each `.mdx` file to be compiled, bundled and run as a JavaScript
 * module per page (render-lesson.ts says why and when a body still is).
 */
import { isSatteriProcessor, type SatteriResolvedOptions } from '@astrojs/markdown-satteri';
import type { Loader, LoaderContext } from 'astro/loaders';
import { siteMarkdownOptions } from '../content/markdown/site-markdown.ts';
import { renderLesson, type RenderedLesson } from './render-lesson.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Stored with every rendered entry's digest, so that a store kept from an earlier build (dev
 * restarts keep it) is rendered again rather than trusted: a file's digest does not change when
 * the renderer does.
 */
const RENDERED_AT_SYNC = 'rendered-at-sync';

/** `loader`, with each MDX entry it stores rendered to the member page's HTML when it can be. */
export function renderedAtSync(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const configured = context.config.markdown.processor;
      const render = (entry: Entry) =>
        isSatteriProcessor(configured) && entry.filePath
          ? lessonPage(entry.body ?? '', new URL(entry.filePath, context.config.root), configured.options)
          : undefined;
      const store = new Proxy(context.store, {
        get(target, key) {
          if (key === 'set') return (entry: Entry) => target.set(storedEntry(entry, render));
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return loader.load({ ...context, store });
    },
  };
}

/**
 * The member page's HTML, if the body renders without MDX, and the same with the site's own
 * Markdown options as with the configured processor (which Starlight extends): the printed
 * editions render later, with the site's options only (PrintModule.astro).
 */
function lessonPage(
  body: string,
  fileURL: URL,
  configured: SatteriResolvedOptions,
): RenderedLesson | undefined {
  try {
    const page = renderLesson(body, 'page', { processor: configured, fileURL });
    const printable = page && renderLesson(body, 'page', { processor: siteMarkdownOptions(), fileURL });
    return printable?.html === page?.html ? page : undefined;
  } catch {
    // A component that cannot render (a <SelfCheck> without options passes the content check)
    // fails again when its page renders the MDX, where the build names the module file.
    return undefined;
  }
}

/**
 * The entry as stored: rendered when its body allows, compiled as MDX otherwise. Either way
 * without its body, which nothing reads from the store (13 of 15 MB of it at 2,000 modules).
 */
function storedEntry(entry: Entry, render: (entry: Entry) => RenderedLesson | undefined): Entry {
  const stored = { ...entry };
  delete stored.body;
  const lesson = entry.deferredRender && entry.body !== undefined ? render(entry) : undefined;
  if (!lesson) return stored;
  delete stored.deferredRender;
  return {
    ...stored,
    digest: `${String(entry.digest)}-${RENDERED_AT_SYNC}`,
    rendered: { html: lesson.html, metadata: { headings: lesson.headings } },
  };
}
