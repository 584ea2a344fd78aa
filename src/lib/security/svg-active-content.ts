import { cssProblems, referenceProblem, type ReferenceProblem } from './svg-references.ts';
import { xmlTokens, type BrokenReason, type XmlAttribute } from './xml-tokens.ts';

/**
 * Active content in an SVG file: anything that runs script, embeds a document, or loads from
 * elsewhere when someone opens the file's own URL. Inside `<img>` an SVG is inert, but served
 * from the site (public/, or an image Astro copies into dist/) it is a document of the site's
 * origin, where members' records live, and the pages' `<meta>` CSP does not cover it.
 *
 * The content check and the build refuse such a file rather than sanitize it: a silently
 * edited picture is not the one the lecturer drew (a removed `<use>` or `<style>` changes how it
 * looks), and the lecturer learns nothing. A refusal names the file, the line and the fix, which
 * is usually "export it again as plain SVG". The same function judges content/, public/ and,
 * after the build, every SVG in dist/.
 *
 * Names are compared by their local part in lower case, whatever the prefix (`svg:script`,
 * `h:iframe` bound to XHTML) or case (`SCRIPT`, `OnLoad`): stricter than a browser, never looser.
 */
/** What was found and where in the text; `SvgFinding` adds the line and column. */
export type SvgFact = { offset: number; element: string } & (
  | { kind: 'element' }
  | { kind: 'event-handler'; attribute: string }
  | { kind: 'animation'; attribute: string; target: string }
  /** `url` as written, references not decoded, so the lecturer can find it in the file. */
  | { kind: 'reference'; attribute: string; url: string; problem: ReferenceProblem }
  | { kind: 'css'; attribute: string | undefined; found: string }
  | { kind: 'declaration'; what: 'internal-subset' | 'stylesheet' | 'entity'; name: string }
  | { kind: 'unreadable'; reason: BrokenReason | 'encoding' }
);
export type SvgFinding = SvgFact & { line: number; column: number };

/** Elements that run script, embed another document or plugin, or redirect the file. */
export const ACTIVE_ELEMENTS = new Set([
  'script',
  'handler',
  'listener',
  'foreignobject',
  'iframe',
  'frame',
  'frameset',
  'embed',
  'object',
  'applet',
  'portal',
  'fencedframe',
  'base',
  'meta',
  'link',
  'form',
]);
const ANIMATIONS = new Set(['animate', 'set', 'animatecolor', 'animatemotion', 'animatetransform']);
/** Attributes a browser fetches or follows; `base` is `xml:base`, which moves every relative URL. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'base',
  'ping',
]);
/** Attributes an animation may not change: links, event handlers, inline CSS. */
const animatesActive = (target: string) =>
  /^on/.test(target) || URL_ATTRIBUTES.has(target) || target === 'style';
const PREDEFINED_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();

/** Every piece of active content in `text`, in file order. */
export function findActiveSvgContent(text: string): SvgFinding[] {
  const findings: SvgFact[] = [];
  // A file that is not UTF-8 (UTF-16, a gzipped .svgz) would be read differently by a browser.
  // eslint-disable-next-line no-control-regex -- a NUL is never in a UTF-8 SVG
  const notUtf8 = /[\u0000\ufffd]/.exec(text);
  if (notUtf8)
    findings.push({ kind: 'unreadable', reason: 'encoding', element: 'svg', offset: notUtf8.index });
  const open: { name: string; written: string; offset: number; css: string }[] = [];
  for (const token of notUtf8 ? [] : xmlTokens(text)) {
    const at = token.offset;
    const inside = open.at(-1);
    switch (token.kind) {
      case 'start': {
        const element = localName(token.name);
        if (ACTIVE_ELEMENTS.has(element)) findings.push({ kind: 'element', element: token.name, offset: at });
        findings.push(...attributeFindings(token.name, token.attributes, at));
        if (!token.selfClosing) open.push({ name: element, written: token.name, offset: at, css: '' });
        break;
      }
      case 'end':
        open.pop();
        // The text of a <style>, comments and CDATA sections joined, is the CSS a browser reads.
        if (inside?.name === 'style') {
          for (const found of cssProblems(inside.css)) {
            findings.push({
              kind: 'css',
              element: inside.written,
              attribute: undefined,
              found,
              offset: inside.offset,
            });
          }
        }
        break;
      case 'text':
        for (const entity of token.text.matchAll(/&([^\s&;#][^\s&;]*);/g)) {
          if (!PREDEFINED_ENTITIES.has(entity[1]!)) {
            findings.push({
              kind: 'declaration',
              what: 'entity',
              name: entity[1]!,
              element: 'svg',
              offset: at + entity.index,
            });
          }
        }
        if (inside?.name === 'style') inside.css += decodeXmlReferences(token.text);
        break;
      case 'cdata':
        if (inside?.name === 'style') inside.css += token.text;
        break;
      case 'pi':
        if (token.target.toLowerCase() === 'xml-stylesheet') {
          findings.push({
            kind: 'declaration',
            what: 'stylesheet',
            name: token.target,
            element: 'svg',
            offset: at,
          });
        } else if (token.target.toLowerCase() === 'xml' && !asciiCompatible(token.body)) {
          findings.push({ kind: 'unreadable', reason: 'encoding', element: 'svg', offset: at });
        }
        break;
      case 'doctype':
        if (token.internalSubset) {
          findings.push({
            kind: 'declaration',
            what: 'internal-subset',
            name: 'DOCTYPE',
            element: 'svg',
            offset: at,
          });
        }
        break;
      case 'broken':
        findings.push({
          kind: 'unreadable',
          reason: token.reason,
          element: inside?.written ?? 'svg',
          offset: at,
        });
        break;
    }
  }
  return locate(text, findings);
}

/** The problems of one start tag's attributes; `written` is the element's name as written. */
function attributeFindings(written: string, attributes: XmlAttribute[], offset: number): SvgFact[] {
  const findings: SvgFact[] = [];
  const local = localName(written);
  const element = written;
  for (const { name, value: raw } of attributes) {
    const attribute = localName(name);
    const value = decodeXmlReferences(raw);
    if (attribute.startsWith('on')) {
      findings.push({ kind: 'event-handler', element, attribute: name, offset });
      continue;
    }
    if (ANIMATIONS.has(local) && attribute === 'attributename' && animatesActive(localName(value.trim()))) {
      findings.push({ kind: 'animation', element, attribute: name, target: value.trim(), offset });
    }
    if (URL_ATTRIBUTES.has(attribute)) {
      const problem = referenceProblem(local, value);
      if (problem) findings.push({ kind: 'reference', element, attribute: name, url: raw, problem, offset });
      continue;
    }
    for (const found of cssProblems(value))
      findings.push({ kind: 'css', element, attribute: name, found, offset });
  }
  return findings;
}

/** `&#106;`, `&#x6A;` and the five predefined names, as an XML parser decodes them. */
export function decodeXmlReferences(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(
    /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi,
    (reference, hex?: string, dec?: string, name?: string) => {
      if (name !== undefined) return named[name] ?? reference;
      const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    },
  );
}

/** A declared encoding a browser reads the same way as UTF-8 for every ASCII character. */
function asciiCompatible(declaration: string): boolean {
  const encoding = /encoding\s*=\s*["']([^"']*)["']/i.exec(declaration)?.[1]?.toLowerCase();
  return (
    encoding === undefined ||
    /^(utf-?8|us-ascii|iso-8859-\d+|windows-125\d|gb2312|gbk|gb18030|big5)$/.test(encoding)
  );
}

function locate(text: string, findings: SvgFact[]): SvgFinding[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return findings
    .sort((a, b) => a.offset - b.offset)
    .map((finding) => {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (lineStarts[middle]! <= finding.offset) low = middle;
        else high = middle - 1;
      }
      return { ...finding, line: low + 1, column: finding.offset - lineStarts[low]! + 1 };
    });
}
