/**
 * The person a completion code belongs to, as a short hash a branch secretary's roster can match:
 * the member's name and optional member number (党员编号/工号), normalised so that the same person
 * typed on two phones, or pasted from an Excel roster, gives the same key.
 *
 * 24 bits. The chance that two members of one branch share a key is about n²/2²⁵: 0.07% for a
 * branch of 150 and 3% for 1,000; the chance that one code matches some other given row is
 * (n−1)/2²⁴: 0.0009% for 150 and 0.006% for 1,000. When two roster rows do share a key, the
 * ledger calls the code ambiguous and asks for the member number. The key binds a code to a name;
 * it does not authenticate: anyone who knows the name can make it.
 */

/** The longest member number the record page accepts (党员编号 and 工号 are shorter). */
export const MEMBER_NUMBER_MAX = 12;

/** Middle dots people type in names such as 阿卜杜拉·艾力, all read as one. */
const MIDDLE_DOTS = /[·•‧・･．.]/g;

/** NFKC (full-width letters and digits become ASCII), no whitespace, one middle dot, capitals. */
export function normalisePersonPart(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(MIDDLE_DOTS, '·').toUpperCase();
}

/** The 24-bit key of a member: FNV-1a over the normalised name and number, xor-folded. */
export function personKey(name: string, number = ''): number {
  // A newline cannot survive normalisation, so it separates name and number unambiguously.
  const text = `${normalisePersonPart(name)}\n${normalisePersonPart(number)}`;
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return ((hash >>> 24) ^ hash) & 0xffffff;
}
