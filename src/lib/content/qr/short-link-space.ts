import type { RegistryEntry } from '../../../schemas/qr-registry.ts';
import { shortLinkSlug } from '../../routes/routes.ts';

/**
 * One claim on a short link `/q/<slug>/`: a module code, a member group id (its study path), or
 * a code the QR registry says was printed. What opens it is the registry's `kind`.
 */
export interface ShortLinkClaim {
  kind: RegistryEntry['kind'];
  code: string;
  file: string;
  line: number;
  /** A line of the QR registry: the code is on paper already. */
  issued?: boolean;
}

/** A claim that lands on a slug another claim holds already. */
export interface ShortLinkClash {
  claim: ShortLinkClaim;
  holder: ShortLinkClaim;
  slug: string;
}

/**
 * Short links are one namespace whatever they open: `dx-001` the group and `DX-001` the module
 * both print `/q/dx-001/`, and the build keeps only one of them, so every paper copy of the other
 * opens the wrong page. Claims are compared by their slug (`shortLinkSlug`, NFKC and lower case)
 * and taken in order, so printed codes go first and keep their slug. The same code of the same
 * kind twice is one item (a registered module and its file); duplicates within a kind have their
 * own checks.
 */
export function findShortLinkClashes(claims: readonly ShortLinkClaim[]): ShortLinkClash[] {
  const holders = new Map<string, ShortLinkClaim[]>();
  const clashes: ShortLinkClash[] = [];
  for (const claim of claims) {
    const slug = shortLinkSlug(claim.code);
    const held = holders.get(slug) ?? [];
    if (held.some((other) => other.kind === claim.kind && other.code === claim.code)) continue;
    if (held[0]) clashes.push({ claim, holder: held[0], slug });
    holders.set(slug, [...held, claim]);
  }
  return clashes;
}
