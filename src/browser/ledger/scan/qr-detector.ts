/**
 * Finds QR codes in a video frame. The browser's own `BarcodeDetector` (Android Chrome, recent
 * WeChat on Android, macOS) is fast and costs nothing to load; elsewhere (iPhones, desktop Linux
 * and Windows) the `qr` package's decoder, already used by the site's tests, stands in behind the
 * same interface. It is imported only here, when the camera opens, so `/branch/` does not carry it:
 * Vite emits it as its own chunk from our origin (about 11 KB gzip, plain JavaScript, no wasm).
 */

/** The part of the Shape Detection API we use; TypeScript's DOM types do not declare it yet. */
export interface QrDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

interface NativeDetectorClass {
  new (options: { formats: string[] }): QrDetector;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDetector(): Promise<QrDetector | undefined> {
  if (!('BarcodeDetector' in window)) return undefined;
  const Native = (window as unknown as { BarcodeDetector: NativeDetectorClass }).BarcodeDetector;
  try {
    // Desktop Chrome on Linux and Windows declares the class but supports no format.
    const formats = await Native.getSupportedFormats();
    return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : undefined;
  } catch {
    return undefined;
  }
}

/** The native detector when it reads QR codes, otherwise the bundled one. */
export async function createQrDetector(): Promise<QrDetector> {
  const native = await nativeDetector();
  if (native) return native;
  const { BarcodeDetector } = await import('qr/decode.js');
  return new BarcodeDetector({ formats: ['qr_code'] });
}
