import { decodeHtmlText } from '../security/escape/decode-html.ts';
import { escapeHtml } from '../security/escape/html.ts';
import { LESSON_MARK } from '../content/reading/lesson-mark.ts';

/**
 * A module page as the search index is given it: the lesson's text becomes its words, each once.
 *
 * Pagefind stores, for every word, every place it occurs on every page, and a member's first
 * search downloads whole chunks of that list. Lesson prose repeats its vocabulary (支部, 学习 and
 * 党员 come dozens of times in every module), so at 2,000 modules those positions were most of
 * what a phone fetched for one query. A member searches to find the module, not a sentence in it:
 * the words still find their module, once each. The parts weighted above body text
 * (`data-pagefind-weight`: key points, objectives boxes) stay as they are, so they keep their
 * weight; parts Pagefind would ignore (`data-pagefind-ignore`) are dropped. Only the index copy
 * changes: the page members read is untouched, and the search box shows the module's summary
 * instead of an excerpt of this digest (result-view.ts).
 */
export function digestLesson(
  html: string,
  segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' }),
): string {
  const lesson = findElement(html, new RegExp(`<(div)\\b[^>]*\\s${LESSON_MARK}(?=[\\s>=])[^>]*>`, 'g'), 0);
  if (!lesson) return html;
  const inner = html.slice(lesson.innerStart, lesson.innerEnd);
  const kept: string[] = [];
  const prose = cutElements(
    inner,
    /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-(weight|ignore)(?=[\s>=])[^>]*>/g,
    (block, kind) => {
      if (kind === 'weight') kept.push(block);
    },
  );
  const words = new Set(
    [...segmenter.segment(textOf(prose))]
      .filter(({ isWordLike }) => isWordLike)
      .map(({ segment }) => segment),
  );
  const digest = words.size ? `<p>${escapeHtml([...words].join(' '))}</p>` : '';
  return html.slice(0, lesson.innerStart) + kept.join('') + digest + html.slice(lesson.innerEnd);
}

interface FoundElement {
  /** Index of `<`, of the start tag. */
  start: number;
  innerStart: number;
  innerEnd: number;
  /** Index just past the end tag. */
  end: number;
}

/**
 * The first element at or after `from` whose whole start tag `startTag` matches (a global regex
 * whose first group is the tag name), up to its own end tag. Astro writes balanced markup, and a
 * lesson's raw HTML is balanced JSX, so counting that tag's nesting finds the end.
 */
function findElement(
  html: string,
  startTag: RegExp,
  from: number,
): (FoundElement & { match: RegExpExecArray }) | undefined {
  startTag.lastIndex = from;
  const match = startTag.exec(html);
  if (!match) return undefined;
  const name = match[1]!.toLowerCase();
  const innerStart = match.index + match[0].length;
  if (VOID_ELEMENTS.has(name) || match[0].endsWith('/>'))
    return { match, start: match.index, innerStart, innerEnd: innerStart, end: innerStart };
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = innerStart;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0)
      return { match, start: match.index, innerStart, innerEnd: tag.index, end: tags.lastIndex };
  }
  return undefined;
}

/** Elements that have no end tag. */
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'source', 'track', 'wbr']);

/** `html` without the elements `startTag` matches; each cut one is passed to `onCut` first. */
function cutElements(
  html: string,
  startTag: RegExp,
  onCut: (block: string, kind: string | undefined) => void,
): string {
  let rest = '';
  let from = 0;
  for (let found = findElement(html, startTag, from); found; found = findElement(html, startTag, from)) {
    rest += html.slice(from, found.start);
    onCut(html.slice(found.start, found.end), found.match[2]);
    from = found.end;
  }
  return rest + html.slice(from);
}

/** The text of an HTML fragment: tags become spaces (a tag may end a word), references characters. */
function textOf(html: string): string {
  return decodeHtmlText(html.replace(/<[^>]*>/g, ' '));
}
