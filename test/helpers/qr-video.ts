/**
 * A video of QR codes for Chromium's fake camera (`--use-file-for-fake-video-capture=<file>.y4m`):
 * each text's code held still for about a second, as a member holds up a phone, then a blank
 * frame, as the next member steps up. Y4M is the one uncompressed format Chromium reads there: a
 * text header, then per frame `FRAME\n` and raw YUV 4:2:0 planes. Chromium plays it in a loop.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import encodeQR from 'qr';

export interface QrVideoOptions {
  width?: number;
  height?: number;
  /** Frames per second; few, because every frame is stored whole. */
  fps?: number;
  /** Frames each code is held (4 fps × 5 = 1.25 s). */
  holdFrames?: number;
}

// Video (BT.601) luma runs from 16 (black) to 235 (white); 128 is neutral chroma (grey).
const BLACK = 16;
const WHITE = 235;
const NEUTRAL = 128;

/** One frame's luma plane with `text`'s code centred, or a blank white frame. */
export function qrFrameLuma(text: string | undefined, width: number, height: number): Uint8Array {
  const luma = new Uint8Array(width * height).fill(WHITE);
  if (text === undefined) return luma;
  // The same code the site draws (qr-svg.ts): quartile correction, the standard 4-module quiet zone.
  const matrix = encodeQR(text, 'raw', { ecc: 'quartile', border: 4 });
  const scale = Math.floor((Math.min(width, height) * 0.9) / matrix.length);
  if (scale < 2) throw new Error(`QR code of ${matrix.length} modules does not fit ${width}×${height}`);
  const left = Math.floor((width - matrix.length * scale) / 2);
  const top = Math.floor((height - matrix.length * scale) / 2);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const start = (top + y * scale + dy) * width + left + x * scale;
        luma.fill(BLACK, start, start + scale);
      }
    }),
  );
  return luma;
}

/** Writes the video to `file`; returns the number of frames. */
export function writeQrVideo(file: string, texts: readonly string[], options: QrVideoOptions = {}): number {
  const { width = 640, height = 480, fps = 4, holdFrames = 5 } = options;
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(NEUTRAL);
  const blank = qrFrameLuma(undefined, width, height);
  const fd = openSync(file, 'w');
  let frames = 0;
  const put = (luma: Uint8Array) => {
    writeSync(fd, 'FRAME\n');
    writeSync(fd, luma);
    writeSync(fd, chroma);
    frames++;
  };
  try {
    writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
    for (const text of texts) {
      const luma = qrFrameLuma(text, width, height);
      for (let i = 0; i < holdFrames; i++) put(luma);
      put(blank);
    }
  } finally {
    closeSync(fd);
  }
  return frames;
}

/** A Y4M file read back: its header fields and each frame's luma plane (for the writer's test). */
export function readQrVideo(file: string): {
  header: string;
  width: number;
  height: number;
  frames: Uint8Array[];
} {
  const bytes = readFileSync(file);
  const headerEnd = bytes.indexOf(0x0a);
  const header = bytes.subarray(0, headerEnd).toString('latin1');
  const width = Number(/ W(\d+)/.exec(header)![1]);
  const height = Number(/ H(\d+)/.exec(header)![1]);
  const frameSize = 'FRAME\n'.length + width * height * 1.5;
  const frames: Uint8Array[] = [];
  for (let at = headerEnd + 1; at < bytes.length; at += frameSize) {
    if (bytes.subarray(at, at + 6).toString('latin1') !== 'FRAME\n')
      throw new Error(`no FRAME at byte ${at}`);
    if (at + frameSize > bytes.length) throw new Error(`frame at byte ${at} is cut short`);
    frames.push(bytes.subarray(at + 6, at + 6 + width * height));
  }
  return { header, width, height, frames };
}
