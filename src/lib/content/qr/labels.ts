/** The accessible name of a QR code for `label` (what it opens), on pages, images and paper. */
export function qrCodeLabel(label: string): string {
  return `${label}的二维码`;
}
