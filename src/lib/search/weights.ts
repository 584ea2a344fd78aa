/**
 * How much a search match counts in each part of a module page, as Pagefind's
 * `data-pagefind-weight` (0–10). Body text counts 1 and Starlight's page title (`h1`) 7; the scale
 * is quadratic, so 2 counts about four times body text. A member who types a module's set phrase,
 * code or subject should get that module first, not one that mentions it in passing: the parts
 * that say what a module is about outweigh the lesson text. List and landing pages are not in the
 * index at all (`pagefind: false` on their pages), nor is page chrome repeated on every module
 * (QR code, pack links, progress toggle: `data-pagefind-ignore`). Chosen with the recall suite
 * (`test/search/`), together with `SEARCH_RANKING`.
 */
export const SEARCH_WEIGHTS = {
  /** The module's declared `keywords`: exactly what members are expected to type. */
  keywords: 10,
  /** `ZS-004`, as printed on packs and posters. */
  code: 8,
  /** The one-line summary under the title. */
  summary: 2,
  /** 学习目标, in the header card and in an `<Objectives>` box. */
  objectives: 2,
  /** `<KeyPoints>` boxes: what the lesson wants remembered. */
  keyPoints: 2,
} as const satisfies Record<string, number>;
