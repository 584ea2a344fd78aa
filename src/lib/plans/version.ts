import { hash16 } from '../progress/checksums.ts';

/**
 * The version of a year's plan, e.g. `2027-4F2A`: the year and a fingerprint of the required
 * codes in order. A completion code that carries it names the plan it was issued for.
 */
export function planVersion(year: number, requiredCodes: readonly string[]): string {
  const fingerprint = hash16(requiredCodes.join(',')).toString(16).toUpperCase().padStart(4, '0');
  return `${year}-${fingerprint}`;
}
