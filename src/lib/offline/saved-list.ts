/**
 * The list of saved pages on the offline page, shared by the service worker (which writes it
 * into the page before sending it, so the first paint already shows it) and the page's script
 * (which reads the cache again on pages the worker did not answer).
 */

export interface SavedPage {
  url: string;
  title: string;
}

/** A page's title without the site name, as `<title>` holds it (`课程 | 网站`), decoded. */
export function savedTitleOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
  return (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '')
    .replace(/\s*\|[^|]*$/, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!)
    .trim();
}

/**
 * What the list shows, from the page cache's URLs and titles: modules first, then paths, then
 * other pages, each by title. The offline page itself and short links (`/q/…`, which only
 * forward to a page listed anyway) are left out. `scope` is the site's base URL.
 */
export function savedPagesOf(pages: readonly SavedPage[], scope: string): SavedPage[] {
  const rank = (url: string) =>
    url.startsWith(`${scope}modules/`) ? 0 : url.startsWith(`${scope}paths/`) ? 1 : 2;
  return pages
    .filter(({ url }) => url !== `${scope}offline/` && !url.startsWith(`${scope}q/`))
    .map(({ url, title }) => ({ url, title: title || decodeURI(new URL(url).pathname) }))
    .sort((a, b) => rank(a.url) - rank(b.url) || a.title.localeCompare(b.title, 'zh-CN'));
}

/**
 * The offline page's HTML with the list filled in and shown, or, when nothing is saved, the
 * "nothing saved" note shown instead: both are hidden in the built page until the answer is known.
 */
export function withSavedList(html: string, pages: readonly SavedPage[]): string {
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = pages
    .map(({ url, title }) => `<li><a href="${escape(url)}">${escape(title)}</a></li>`)
    .join('');
  const show = (attributes: string) => attributes.replace(/\shidden(="[^"]*")?(?=[\s>]|$)/, '');
  if (pages.length === 0)
    return html.replace(/<p\b([^>]*\sdata-offline-empty\b[^>]*)>/, (_, a: string) => `<p${show(a)}>`);
  return html.replace(
    /<ul\b([^>]*\sdata-offline-list\b[^>]*)>\s*<\/ul>/,
    (_, a: string) => `<ul${show(a)} data-offline-rendered>${items}</ul>`,
  );
}
