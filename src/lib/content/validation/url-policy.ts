/**
 * The one policy every URL-bearing value passes, wherever it is written: a Markdown link, image
 * or definition, a JSX attribute as text or as a constant expression, a page's frontmatter.
 * Values are judged as a browser would read them (`url.ts` `normalizeUrl`), so no spelling of
 * `javascript:` gets through, and a value the checker cannot work out is refused, not skipped.
 */
import { IMAGE_SCHEMES, LINK_SCHEMES, REL_VALUES, URL_ATTRIBUTES } from '../body-policy.ts';
import { createIssue, type ContentIssue, type IssueLocation } from './issue.ts';
import { textsOf, UNKNOWN, type StaticValue } from './static-value.ts';
import { normalizeUrl, urlScheme } from '../../security/url.ts';

/** A link may leave the site; an image may not. */
export type UrlUse = 'link' | 'image';

/** Why a URL is refused: a scheme that is not allowed, or an image kept on another site. */
export type UrlRefusal = { kind: 'scheme'; scheme: string } | { kind: 'elsewhere' };

/** Relative URLs, same-site paths and `#anchors` always pass; links may also use `LINK_SCHEMES`. */
export function judgeUrl(url: string, use: UrlUse): UrlRefusal | undefined {
  const scheme = urlScheme(url);
  if (use === 'link') {
    return scheme === undefined || (LINK_SCHEMES as readonly string[]).includes(scheme)
      ? undefined
      : { kind: 'scheme', scheme };
  }
  if (scheme === 'http' || scheme === 'https' || normalizeUrl(url).startsWith('//'))
    return { kind: 'elsewhere' };
  return scheme === undefined ? undefined : { kind: 'scheme', scheme };
}

/** How a URL-bearing attribute or prop is judged, or undefined when its name carries no URL. */
export function urlUseOf(attribute: string): UrlUse | undefined {
  return URL_ATTRIBUTES[attribute.toLowerCase()];
}

/**
 * The issues of one URL-bearing value. An image elsewhere is reported here only when `images`
 * says so: in a module body the image check (`images.ts`) explains it at the same place.
 */
export function checkUrlValue(
  value: StaticValue | typeof UNKNOWN,
  use: UrlUse,
  at: IssueLocation,
  { attribute, images = 'here' }: { attribute: string; images?: 'here' | 'image check' },
): ContentIssue[] {
  if (value === UNKNOWN) return [createIssue('body-url-unknown', at, { attribute })];
  const texts = textsOf(value).flatMap((text) =>
    attribute.toLowerCase() === 'srcset' ? candidates(text) : [text],
  );
  return [...new Set(texts)].flatMap((url): ContentIssue[] => {
    const refusal = judgeUrl(url, use);
    if (refusal?.kind === 'scheme') {
      const schemes = use === 'link' ? LINK_SCHEMES : IMAGE_SCHEMES;
      return [createIssue('body-url', at, { url: shorten(url), scheme: refusal.scheme, schemes })];
    }
    // The image check only recognises the plain spelling (`https://`, `//`); any other it would
    // misread as a missing local file, so it is explained here.
    const imageCheckSees = images === 'image check' && /^(https?:)?\/\//i.test(url);
    return refusal?.kind === 'elsewhere' && !imageCheckSees
      ? [createIssue('image-external', at, { url: shorten(url) })]
      : [];
  });
}

/** `rel` tokens outside `REL_VALUES`, such as `opener`, are refused. */
export function checkRel(value: StaticValue | typeof UNKNOWN, at: IssueLocation): ContentIssue[] {
  if (value === UNKNOWN) return [createIssue('body-url-unknown', at, { attribute: 'rel' })];
  const tokens = textsOf(value).flatMap((text) => normalizeUrl(text).toLowerCase().split(/\s+/));
  const refused = [...new Set(tokens.filter((t) => t && !(REL_VALUES as readonly string[]).includes(t)))];
  return refused.length ? [createIssue('body-rel', at, { refused })] : [];
}

/** The URLs of a `srcset` (`a.png 1x, b.png 2x`), and the whole text in case it is one URL. */
function candidates(srcset: string): string[] {
  return [srcset, ...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')];
}

/** Long data: URLs would drown the message. */
export function shorten(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}
