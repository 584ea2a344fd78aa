/**
 * What the secretary reads when the camera cannot scan, in plain Chinese: the cause they can act
 * on (a permission, another app holding the camera, WeChat's built-in browser, a plain http://
 * address), and always the way out that needs no camera, pasting the codes as text. Pure, so every
 * case is unit-tested without a camera.
 */

/** Why scanning stopped or never started. */
export type CameraProblem =
  'insecure' | 'unsupported' | 'denied' | 'missing' | 'busy' | 'ended' | 'decoder' | 'other';

const PASTE_INSTEAD = '也可以把完成码文字复制后粘贴进来。';
const OPEN_IN_BROWSER = '请点微信右上角「…」，选「在浏览器打开」，在浏览器里再点「用摄像头扫码」。';

const MESSAGES: Record<CameraProblem, string> = {
  insecure: '摄像头只能在安全连接下使用：请用网站以 https:// 开头的正式地址打开本页。',
  unsupported: '这个浏览器不能使用摄像头，请换用手机自带的浏览器或较新的浏览器。',
  denied: '请在浏览器设置里允许本网站使用摄像头，然后再点「用摄像头扫码」。',
  missing: '没有找到摄像头。',
  busy: '摄像头正被其他应用使用，请先关闭视频通话、相机等应用，再点「用摄像头扫码」。',
  ended: '摄像头已断开，请再点「用摄像头扫码」。',
  decoder: '扫码程序没有加载成功，请连上网络后再点「用摄像头扫码」。',
  other: '摄像头没有打开，请再试一次。',
};

/** Problems WeChat's built-in browser causes, which the system browser does not. */
const WECHAT_HELPS = new Set<CameraProblem>(['unsupported', 'denied', 'missing', 'other']);

/** The message for `problem`; inside WeChat it also says how to open the page in the browser. */
export function cameraMessage(problem: CameraProblem, { wechat = false } = {}): string {
  const help = wechat && WECHAT_HELPS.has(problem) ? OPEN_IN_BROWSER : '';
  return `${MESSAGES[problem]}${help}${problem === 'ended' || problem === 'decoder' ? '' : PASTE_INSTEAD}`;
}

/** The problem behind a `getUserMedia` rejection, by its DOMException name (old names included). */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name = typeof error === 'object' && error !== null ? String((error as { name?: unknown }).name) : '';
  if (['NotAllowedError', 'PermissionDeniedError', 'SecurityError'].includes(name)) return 'denied';
  if (['NotFoundError', 'DevicesNotFoundError', 'OverconstrainedError'].includes(name)) return 'missing';
  if (['NotReadableError', 'TrackStartError', 'AbortError'].includes(name)) return 'busy';
  if (name === 'TypeError') return 'unsupported';
  return 'other';
}

/** WeChat's built-in browser says so in its user agent (Android and iOS alike). */
export const isWeChat = (userAgent: string): boolean => /MicroMessenger/i.test(userAgent);
