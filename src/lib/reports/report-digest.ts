/**
 * The report file's check value: SHA-256 over the canonical JSON of its content. Canonical means
 * object keys sorted by UTF-16 code unit, no whitespace, numbers and strings as JSON.stringify
 * writes them: RFC 8785 (JCS) for the values a report holds. So a file that a tool re-indents
 * or reorders still verifies, while a changed number, name or field does not.
 *
 * This detects accidents and casual edits (a figure typed over in Notepad or Excel, a file cut
 * short). It does not stop someone who means to forge a report: anyone can recompute the digest.
 * See docs/ledger.md, "The report file", for why no key is used.
 */

/** JSON with object keys sorted at every depth; `undefined` members are left out, as JSON does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Lower-case hex SHA-256 of the canonical JSON, with WebCrypto (browsers and Node 20+). */
export async function contentDigest(content: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(content));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
