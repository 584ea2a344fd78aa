/**
 * Scans completion codes with the camera, one member's phone after another, for the codes panel
 * (CodesPanel imports this file only when the secretary presses 「用摄像头扫码」). It reads a frame
 * a few times a second rather than every frame, which spares an old phone's battery and still
 * catches a code held up for a second; each code reaches `onText` once while it stays in view.
 * Every failure reaches `onError` as a Chinese sentence, and the promise still resolves, with a
 * stop function that does nothing, so the panel needs no try/catch.
 */
import { cameraMessage, cameraProblemOf, isWeChat, type CameraProblem } from './camera-messages.ts';
import { createQrDetector, type QrDetector } from './qr-detector.ts';
import { createRepeatFilter } from './repeat-filter.ts';

export interface ScanOptions {
  /** Shows the camera; the panel places it and unhides it while scanning. */
  video: HTMLVideoElement;
  /** Each decoded QR text, once per sighting (see repeat-filter.ts). */
  onText: (text: string) => void;
  /** Why the camera cannot scan, in Chinese, ready to show. */
  onError: (message: string) => void;
}

/** Four reads a second: a code held up for a second is read about four times. */
export const SCAN_INTERVAL_MS = 250;

const stopTracks = (stream: MediaStream) => stream.getTracks().forEach((track) => track.stop());

/** Opens the rear camera into `video` and scans until the returned function is called. */
export async function startScanning({ video, onText, onError }: ScanOptions): Promise<() => void> {
  const fail = (problem: CameraProblem) => {
    onError(cameraMessage(problem, { wechat: isWeChat(navigator.userAgent) }));
    return () => {};
  };
  if (!window.isSecureContext) return fail('insecure');
  if (!navigator.mediaDevices?.getUserMedia) return fail('unsupported');
  // The decoder loads while the browser asks for permission.
  const detecting = createQrDetector();
  detecting.catch(() => {});
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment' },
      audio: false,
    });
  } catch (error) {
    return fail(cameraProblemOf(error));
  }
  let detector: QrDetector;
  try {
    detector = await detecting;
  } catch {
    stopTracks(stream);
    return fail('decoder');
  }
  try {
    await showStream(video, stream);
  } catch {
    stopTracks(stream);
    video.srcObject = null;
    return fail('other');
  }
  return scanFrames({ video, onText, onError }, stream, detector);
}

async function showStream(video: HTMLVideoElement, stream: MediaStream): Promise<void> {
  // iOS plays a stream full screen unless told to play inline; muted, no browser asks to autoplay.
  video.muted = true;
  video.playsInline = true;
  video.setAttribute('playsinline', '');
  video.srcObject = stream;
  await video.play();
}

/** Reads a frame every SCAN_INTERVAL_MS until stopped; the camera's light goes off on stop. */
function scanFrames({ video, onText, onError }: ScanOptions, stream: MediaStream, detector: QrDetector) {
  const filter = createRepeatFilter();
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    stopTracks(stream);
    video.pause();
    video.srcObject = null;
  };
  const tick = async () => {
    // A hidden page (the secretary switched to WeChat) reads nothing; the next tick tries again.
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && !document.hidden) {
      try {
        for (const { rawValue } of await detector.detect(video)) {
          if (!stopped && rawValue && filter.accept(rawValue, performance.now())) onText(rawValue);
        }
      } catch {
        // A frame that cannot be read (the camera resizing) is a miss like a frame without a code.
      }
    }
    if (!stopped) timer = setTimeout(() => void tick(), SCAN_INTERVAL_MS);
  };
  stream.getVideoTracks()[0]?.addEventListener('ended', () => {
    if (stopped) return;
    stop();
    onError(cameraMessage('ended'));
  });
  void tick();
  return stop;
}
