import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import decodeQR from 'qr/decode.js';
import { qrFrameLuma, readQrVideo, writeQrVideo } from '../../helpers/qr-video.ts';

const dir = mkdtempSync(join(tmpdir(), 'qr-video-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A luma plane as the RGBA pixels the decoder reads (grey: R = G = B = Y). */
function lumaToImage(luma: Uint8Array, width: number, height: number) {
  const data = new Uint8Array(width * height * 4);
  luma.forEach((y, i) => data.set([y, y, y, 255], i * 4));
  return { width, height, data };
}

const texts = [
  'http://127.0.0.1:4329/verify/?code=ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345',
  'http://127.0.0.1:4329/verify/?code=Z9Y8-X7W6-V5T4-S3R2-Q1P0-NMKJ-HGFE',
];

test('the video is a Y4M file Chromium reads: 4:2:0 header, then whole frames', () => {
  const file = join(dir, 'codes.y4m');
  const frames = writeQrVideo(file, texts, { width: 320, height: 240, fps: 4, holdFrames: 3 });
  assert.equal(frames, texts.length * 4);
  const header = 'YUV4MPEG2 W320 H240 F4:1 Ip A1:1 C420jpeg\n';
  assert.equal(statSync(file).size, header.length + frames * ('FRAME\n'.length + 320 * 240 * 1.5));
  const video = readQrVideo(file);
  assert.equal(video.header, header.trimEnd());
  assert.equal(video.frames.length, frames);
});

test('each code is held for its frames, then a blank frame, and the luma decodes back to the text', () => {
  const file = join(dir, 'decode.y4m');
  writeQrVideo(file, texts, { holdFrames: 2 });
  const { width, height, frames } = readQrVideo(file);
  const read = frames.map((luma) => {
    try {
      return decodeQR(lumaToImage(luma, width, height));
    } catch {
      return undefined;
    }
  });
  assert.deepEqual(read, [texts[0], texts[0], undefined, texts[1], texts[1], undefined]);
  assert.ok(
    frames[2]!.every((y) => y === 235),
    'the frame between codes is blank',
  );
});

test('a code too dense for the frame is refused rather than drawn unreadably', () => {
  assert.throws(() => qrFrameLuma('x'.repeat(300), 64, 48), /does not fit/);
});
