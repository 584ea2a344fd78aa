import type { OriginVerdict } from '../lib/content/qr/origin.ts';

/**
 * Facts the integration decides once per build and hands to pages through a virtual module
 * (`virtual:curriculum/config`), so a page never decides them again with other inputs.
 */
export interface BuildFacts {
  /** Whether QR codes may be printed for the site's origin, and why not. */
  printOrigin: OriginVerdict;
  /** Whether the print pages are written (not when `CURRICULUM_PACKS=off`, see lib/packs/mode.ts). */
  printPages: boolean;
  /**
   * The source date of this build in seconds since 1970 (lib/plans/schedule/revision.ts), the calendars'
   * DTSTAMP. Read here once: pages may render on several threads (`parallelPrerender`), and
   * without Git each thread reading the clock would stamp its calendars with another time.
   */
  sourceEpoch: number;
}

export const VIRTUAL_CONFIG_ID = 'virtual:curriculum/config';

/** A Vite plugin that serves `facts` as the virtual module's named exports. */
export function virtualConfigPlugin(facts: BuildFacts) {
  const resolvedId = `\0${VIRTUAL_CONFIG_ID}`;
  return {
    name: 'curriculum-virtual-config',
    resolveId: (id: string) => (id === VIRTUAL_CONFIG_ID ? resolvedId : undefined),
    load: (id: string) =>
      id === resolvedId
        ? Object.entries(facts)
            .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
            .join('\n')
        : undefined,
  };
}
