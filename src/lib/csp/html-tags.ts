/**
 * The start tags of a built page, read the way a browser's tokenizer reads them: a quoted
 * attribute value may hold `<script>` or ` onclick=` as plain text (a module titled
 * `</script><script>…` lands in `<meta content="…">` untouched, and harmless), so a regex over
 * the raw HTML would see code that no browser runs. Comments are skipped, and the text of
 * `<script>` and `<style>` is taken whole up to its end tag. Astro's output is well-formed, so
 * this is all the HTML grammar the CSP check needs.
 */
export interface StartTag {
  name: string;
  /** Attribute names (lower case) with their raw values; `''` for a bare attribute. */
  attributes: Map<string, string>;
  /** The raw text of a `<script>` or `<style>` element. */
  text?: string;
}

const TOKEN =
  /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style']);

export function* startTags(html: string): Generator<StartTag> {
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(html); match; match = TOKEN.exec(html)) {
    if (!match[1]) continue;
    const name = match[1].toLowerCase();
    const attributes = new Map(
      [...match[2]!.matchAll(ATTRIBUTE)].map((a) => [a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']),
    );
    if (!RAW_TEXT.has(name)) {
      yield { name, attributes };
      continue;
    }
    const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
    const stop = end < 0 ? html.length : end;
    const text = html.slice(TOKEN.lastIndex, stop);
    TOKEN.lastIndex = stop;
    yield { name, attributes, text };
  }
}
