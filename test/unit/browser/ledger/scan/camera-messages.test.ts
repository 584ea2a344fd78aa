import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  cameraMessage,
  cameraProblemOf,
  isWeChat,
} from '../../../../../src/browser/ledger/scan/camera-messages.ts';

const domError = (name: string) => new DOMException('camera', name);

test('getUserMedia rejections map to the cause a secretary can act on', () => {
  assert.equal(cameraProblemOf(domError('NotAllowedError')), 'denied');
  assert.equal(cameraProblemOf(domError('SecurityError')), 'denied');
  assert.equal(cameraProblemOf(domError('NotFoundError')), 'missing');
  assert.equal(cameraProblemOf(domError('OverconstrainedError')), 'missing');
  assert.equal(cameraProblemOf(domError('NotReadableError')), 'busy');
  assert.equal(cameraProblemOf(new TypeError('no constraints')), 'unsupported');
  assert.equal(cameraProblemOf('strange'), 'other');
  assert.equal(cameraProblemOf(undefined), 'other');
});

test('a refused permission says where to allow it, and inside WeChat how to open the browser', () => {
  const plain = cameraMessage('denied');
  assert.match(plain, /^请在浏览器设置里允许本网站使用摄像头/);
  assert.doesNotMatch(plain, /微信/);
  assert.match(cameraMessage('denied', { wechat: true }), /在浏览器打开/);
  assert.match(cameraMessage('unsupported', { wechat: true }), /在浏览器打开/);
});

test('every message is Chinese and offers pasting unless the camera merely dropped', () => {
  for (const problem of ['insecure', 'unsupported', 'denied', 'missing', 'busy', 'other'] as const) {
    assert.match(cameraMessage(problem), /粘贴/, problem);
    assert.doesNotMatch(cameraMessage(problem).replace('https://', ''), /[a-z]{2,}/i, problem);
  }
  assert.match(cameraMessage('insecure'), /https:\/\//);
  assert.doesNotMatch(cameraMessage('ended'), /粘贴/);
});

test('WeChat is recognised on Android and iOS', () => {
  assert.equal(isWeChat('Mozilla/5.0 (Linux; Android 10) XWEB/1160065 MicroMessenger/8.0.47'), true);
  assert.equal(isWeChat('Mozilla/5.0 (iPhone) Mobile/15E148 MicroMessenger/8.0.50(0x1800323c)'), true);
  assert.equal(isWeChat('Mozilla/5.0 (Linux; Android 10) Chrome/120 Mobile Safari/537.36'), false);
});
