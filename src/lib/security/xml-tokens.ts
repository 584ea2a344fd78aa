/**
 * The tokens of an XML document (an SVG file), read the way a browser's XML parser reads it, so
 * the active-content check sees what a browser would run and nothing it would not: a `<script>`
 * inside a comment or a CDATA section is text, an attribute value needs its quotes. Anything
 * this reader cannot place is a `broken` token: a browser renders an SVG up to its first
 * well-formedness error, so what cannot be read cannot be called safe.
 */
export type XmlToken = { offset: number } & (
  | { kind: 'start'; name: string; attributes: XmlAttribute[]; selfClosing: boolean }
  | { kind: 'end'; name: string }
  | { kind: 'text' | 'cdata'; text: string }
  | { kind: 'comment' }
  | { kind: 'pi'; target: string; body: string }
  | { kind: 'doctype'; internalSubset: boolean }
  | { kind: 'broken'; reason: BrokenReason }
);

export interface XmlAttribute {
  name: string;
  /** As written between the quotes, references not decoded. */
  value: string;
}

/** Why the reader stopped: the rest of the file is not looked at. */
export type BrokenReason = 'tag' | 'comment' | 'cdata' | 'pi' | 'doctype';

// XML whitespace is these four characters only; names run to the next space, `=`, `/` or `>`.
const START_TAG =
  /<([^\s/>=!?"'<]+)((?:[ \t\r\n]+[^\s/>="'<]+[ \t\r\n]*=[ \t\r\n]*(?:"[^"<]*"|'[^'<]*'))*)[ \t\r\n]*(\/?)>/y;
const ATTRIBUTE = /([^\s/>="'<]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')/g;
const END_TAG = /<\/([^\s/>=!?"'<]+)[ \t\r\n]*>/y;

/** Every token of `text` in order; a `broken` token, if any, is the last. */
export function* xmlTokens(text: string): Generator<XmlToken> {
  let at = 0;
  const closed = (offset: number, end: string, reason: BrokenReason): number | XmlToken => {
    const stop = text.indexOf(end, offset);
    return stop < 0 ? { kind: 'broken', reason, offset } : stop + end.length;
  };
  while (at < text.length) {
    const open = text.indexOf('<', at);
    if (open < 0 || open > at) {
      const stop = open < 0 ? text.length : open;
      yield { kind: 'text', text: text.slice(at, stop), offset: at };
      at = stop;
      continue;
    }
    let next: number | XmlToken;
    if (text.startsWith('<!--', at)) {
      next = closed(at + 4, '-->', 'comment');
      if (typeof next === 'number') yield { kind: 'comment', offset: at };
    } else if (text.startsWith('<![CDATA[', at)) {
      next = closed(at + 9, ']]>', 'cdata');
      if (typeof next === 'number') yield { kind: 'cdata', text: text.slice(at + 9, next - 3), offset: at };
    } else if (text.startsWith('<?', at)) {
      next = closed(at + 2, '?>', 'pi');
      if (typeof next === 'number') {
        const [, target = '', body = ''] = /^([^\s?]*)([\s\S]*)$/.exec(text.slice(at + 2, next - 2)) ?? [];
        yield { kind: 'pi', target, body, offset: at };
      }
    } else if (text.startsWith('<!DOCTYPE', at)) {
      next = readDoctype(text, at);
      if (typeof next === 'number') {
        yield { kind: 'doctype', internalSubset: text.slice(at, next).includes('['), offset: at };
      }
    } else if (text.startsWith('</', at)) {
      END_TAG.lastIndex = at;
      const match = END_TAG.exec(text);
      next = match ? END_TAG.lastIndex : { kind: 'broken', reason: 'tag', offset: at };
      if (match) yield { kind: 'end', name: match[1]!, offset: at };
    } else {
      START_TAG.lastIndex = at;
      const match = START_TAG.exec(text);
      next = match ? START_TAG.lastIndex : { kind: 'broken', reason: 'tag', offset: at };
      if (match) {
        const attributes = [...match[2]!.matchAll(ATTRIBUTE)].map((a) => ({
          name: a[1]!,
          value: a[2] ?? a[3] ?? '',
        }));
        yield { kind: 'start', name: match[1]!, attributes, selfClosing: match[3] === '/', offset: at };
      }
    }
    if (typeof next !== 'number') {
      yield next;
      return;
    }
    at = next;
  }
}

/**
 * The end of a `<!DOCTYPE …>`: an internal subset (`[ … ]`) may hold `>` in its declarations, so
 * it ends at `]` followed by `>`. Quoted public and system ids are stepped over whole.
 */
function readDoctype(text: string, at: number): number | XmlToken {
  const end = /^<!DOCTYPE(?:[^[>"']|"[^"]*"|'[^']*')*(?:\[[\s\S]*?\][ \t\r\n]*)?>/.exec(text.slice(at));
  return end ? at + end[0].length : { kind: 'broken', reason: 'doctype', offset: at };
}
