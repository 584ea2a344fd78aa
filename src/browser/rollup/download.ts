/**
 * Hands a file made in the browser to the organizer: a Blob URL on the site's own origin and an
 * `<a download>`, so nothing is uploaded and the CSP has nothing to allow (as the ledger does).
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
