/**
 * A quoted CSS string holding `text` as text, for a `<style>` element written with `set:html`
 * (the running header of a printed page). Every character that could end the string, the
 * element or open or close a comment (quotes, backslash, line breaks, `<`, `>`, `&`, `*`, `/`)
 * becomes a hex escape, so a title such as `</style><script>` is printed as it reads.
 */
export function cssString(text: string): string {
  // A hex escape ends at one space, which CSS drops; control characters are escaped too, since a
  // raw line break ends a CSS string.
  const escaped = text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are among what this escapes
    /["'\\<>&*/\u0000-\u001f\u007f\u2028\u2029]/g,
    (char) => `\\${char.charCodeAt(0).toString(16)} `,
  );
  return `"${escaped}"`;
}
