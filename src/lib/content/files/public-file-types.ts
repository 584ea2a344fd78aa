/**
 * Kinds of file that `public/` may hold. Astro copies `public/` into dist/ byte for byte, and a
 * file opened by its own URL is a document of the site's origin: an .html, .xml or .js file
 * there could read what the site keeps in the browser (progress today, names in the ledger). Only inert kinds pass (SVG images
 * pass here and are read for active content by `validation/svg-files.ts`).
 */
export const PUBLIC_FILE_TYPES = [
  'svg',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'ico',
  'woff',
  'woff2',
  'pdf',
  'txt',
  'json',
  'webmanifest',
  'css',
] as const;
