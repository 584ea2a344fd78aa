/**
 * Which URLs a device must fetch to bring a saved path up to date: those it never saved, and
 * those whose revision in the new manifest differs from the one it stored. Runs in the browser.
 */
export type Revisions = Record<string, string>;

export function staleEntries(wanted: readonly string[], latest: Revisions, saved: Revisions): string[] {
  return wanted.filter((url) => {
    const stored = saved[url];
    // Unknown to the manifest (e.g. an older build): fetch whenever it was never saved.
    return stored === undefined || (latest[url] !== undefined && latest[url] !== stored);
  });
}
