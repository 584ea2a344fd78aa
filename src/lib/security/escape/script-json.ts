/**
 * JSON for a `<script type="application/json">` element. JSON.stringify leaves `</script>` and
 * `<!--` as they are, and either would end or derail the element early, so a group named
 * `</script><script>…` would run. `\u003c` and friends parse back to the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
