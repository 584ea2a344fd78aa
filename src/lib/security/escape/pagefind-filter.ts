const LOOKALIKES: Record<string, string> = { '<': '＜', '>': '＞', '&': '＆' };

/**
 * The value a taxonomy term is filed under in the search index. Pagefind's search UI writes
 * filter values as HTML (`{@html value}` in its filters panel), and Pagefind decodes entities in
 * the indexed text however often they are escaped, so escaping cannot help: the characters that
 * start a tag or an entity become their full-width look-alikes, which read the same. The catalog
 * filters by this same value.
 */
export function pagefindFilterValue(name: string): string {
  return name.replace(/[<>&]/g, (char) => LOOKALIKES[char]!);
}
