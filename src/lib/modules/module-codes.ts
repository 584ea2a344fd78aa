import { MODULE_CODE_PATTERN } from '../../schemas/module.ts';

/** `LL` from `LL-007`. */
export function codePrefix(code: string): string {
  return code.split('-')[0]!;
}

/**
 * The number after the highest one in use with `prefix`, or undefined once 999 is taken. Gaps
 * are never offered, because a missing number may belong to a retired module whose printed QR
 * codes still point at it.
 */
export function nextCode(prefix: string, codesInUse: Iterable<string>): string | undefined {
  let highest = 0;
  for (const code of codesInUse) {
    if (MODULE_CODE_PATTERN.test(code) && codePrefix(code) === prefix) {
      highest = Math.max(highest, Number(code.split('-')[1]));
    }
  }
  return highest >= 999 ? undefined : `${prefix}-${String(highest + 1).padStart(3, '0')}`;
}
