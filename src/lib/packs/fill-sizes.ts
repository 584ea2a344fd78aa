import { formatFileSize } from './plan.ts';

/**
 * Writes each pack's file size into the `<span data-pack-size="packs/…pdf">` placeholders of a
 * page. Pages are rendered before the PDFs exist, so sizes can only be filled in afterwards.
 */
export function fillPackSizes(html: string, sizes: Readonly<Record<string, number>>): string {
  return html.replace(
    /(<span data-pack-size="([^"]+)"[^>]*>)[^<]*(<\/span>)/g,
    (whole, open: string, output: string, close: string) =>
      output in sizes ? `${open}${formatFileSize(sizes[output]!)}${close}` : whole,
  );
}
