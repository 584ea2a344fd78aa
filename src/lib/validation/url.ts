/** Small URL helpers shared by the link and image checks. */

/** `https:`, `mailto:`, `data:` or protocol-relative: nothing on this site to check. */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/** Percent-decoding that keeps the text as written when it is not valid encoding. */
export function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
