/**
 * The rule that keeps an exported CSV from running formulas (CSV injection, OWASP): Excel and
 * WPS treat a cell that starts with = + - @ as a formula, and a member's name or a note typed
 * into the ledger could be `=HYPERLINK(...)` or worse. Such a text cell is written with a leading
 * apostrophe, which both programs show as text; so do cells starting with a tab or carriage
 * return, with spaces before one of those signs, or with their full-width forms (＝＋－＠),
 * which a Chinese input method types. The apostrophe stays visible in the cell: the price of a
 * CSV that cannot run anything. Numbers are never touched (-3 stays a number), and the .xlsx
 * export needs no guard, because it stores text as text and never as a formula.
 */

const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/u;

export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text as it is safe to write into a CSV cell. */
export function guardFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
