/**
 * What a build does with study packs (`CURRICULUM_PACKS`): print them to PDF (the default),
 * write only their print pages (`html`, for tests that read what a pack shows), or leave both out
 * (`off`, for the site benchmark and quick previews). Read once per build, here.
 */
export type PacksMode = 'pdf' | 'html' | 'off';

export function packsMode(value: string | undefined): PacksMode {
  return value === 'off' || value === 'html' ? value : 'pdf';
}

/**
 * Whether the build writes the print pages. With packs off nothing reads them, and at 2,000
 * modules they are two thirds of all pages: a third of the build time (docs/performance.md).
 */
export function writesPrintPages(mode: PacksMode): boolean {
  return mode !== 'off';
}
