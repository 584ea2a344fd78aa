/**
 * What the search box shows for one Pagefind result. Everything here is text from untrusted
 * content: the search box builds it with DOM nodes, never as HTML (src/components/search/).
 */
import { decodeHtmlText } from '../security/escape/decode-html.ts';

/** Results the search box shows at first and adds with each 加载更多结果; each loads a fragment file. */
export const RESULTS_PER_PAGE = 5;

/**
 * The Pagefind metadata key under which a module page files its one-line summary (the
 * `data-pagefind-meta` of the summary under the title).
 */
export const SUMMARY_META = 'summary';

/** The parts of Pagefind's result data (`await result.data()`) the search box reads. */
export interface ResultData {
  url: string;
  /** Pagefind's excerpt: the page's text, HTML-escaped, with `<mark>` around the matches. */
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

export interface ResultView {
  url: string;
  title: string;
  excerpt: ExcerptPart[];
  /** `编号：ZS-004`, `阶段：…`, `学时：2`, in the order the page files them. */
  tags: string[];
}

/** Metadata that is shown in its own place, not as a tag. */
const NOT_TAGS = new Set(['title', 'image', 'image_alt', 'url', SUMMARY_META]);

/**
 * A module shows its summary instead of an excerpt: the index holds its lesson only as a digest
 * of its words (lesson-digest.ts), and an excerpt of that would be a list of words, while the
 * summary says what the module is. Other pages (the guide) show Pagefind's excerpt.
 */
export function resultView({ url, excerpt, meta }: ResultData): ResultView {
  const summary = meta[SUMMARY_META];
  return {
    url: meta.url ?? url,
    title: meta.title ?? url,
    excerpt: summary === undefined ? excerptParts(excerpt) : [{ text: summary, marked: false }],
    tags: Object.entries(meta)
      .filter(([key, value]) => !NOT_TAGS.has(key) && value !== undefined)
      .map(([key, value]) => `${key}：${value}`),
  };
}

/**
 * Pagefind's excerpt as plain text runs. Pagefind escapes the page text and adds only `<mark>`
 * tags, so splitting on those and decoding the escapes gives back exactly the text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((piece) => {
      const marked = piece.startsWith('<mark>');
      const text = marked ? piece.slice('<mark>'.length, -'</mark>'.length) : piece;
      return { text: decodeHtmlText(text), marked };
    });
}
