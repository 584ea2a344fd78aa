/**
 * Hands a file the browser made to the secretary or organizer (a backup, a workbook, a CSV, a
 * report file, an evaluation file): a Blob URL on the site's own origin and an `<a download>`, so
 * nothing is uploaded and the CSP (default-src 'self') has nothing to allow. The URL is revoked
 * once the browser has taken the file.
 */
export function downloadFile(content: string | Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
