import type { Pack } from './plan.ts';

/**
 * The static paths of the print routes, generated from the pack plan: one page per planned
 * pack, at the params the plan computed its `source` from, so the plan never names a page the
 * build does not write. Entries pass through untouched for the page to render.
 */
export function modulePrintPages<T>(packs: readonly Pack<T>[]) {
  return packs.flatMap((pack) =>
    pack.kind === 'module' || pack.kind === 'lecturer'
      ? [{ params: pack.params, props: { module: pack.module, edition: pack.edition } }]
      : [],
  );
}

/** See `modulePrintPages`: one page per path pack and per poster. */
export function pathPrintPages<T>(packs: readonly Pack<T>[]) {
  return packs.flatMap((pack) =>
    pack.kind === 'path' || pack.kind === 'poster'
      ? [{ params: pack.params, props: { plan: pack.plan, print: pack.print } }]
      : [],
  );
}

/** See `modulePrintPages`: one page per training class's pack. */
export function classPrintPages<T>(packs: readonly Pack<T>[]) {
  return packs.flatMap((pack) =>
    pack.kind === 'class'
      ? [{ params: pack.params, props: { trainingClass: pack.trainingClass, modules: pack.modules } }]
      : [],
  );
}

/** See `modulePrintPages`: the plan year's 外训名录. */
export function venueListPrintPages<T>(packs: readonly Pack<T>[]) {
  return packs.flatMap((pack) =>
    pack.kind === 'venues' ? [{ params: pack.params, props: { year: pack.year, venues: pack.venues } }] : [],
  );
}
