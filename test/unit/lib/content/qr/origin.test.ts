import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPrintOrigin } from '../../../../../src/lib/content/qr/origin.ts';

test('a real https origin may be printed', () => {
  assert.deepEqual(checkPrintOrigin('https://dangjian.sgcc.com.cn/training/'), {
    ok: true,
    origin: 'https://dangjian.sgcc.com.cn',
  });
});

test('local, example and missing origins are refused, saying why', () => {
  for (const site of [
    'http://localhost:4321',
    'http://127.0.0.1:8080',
    'https://dangjian.example.cn',
    'https://site.test',
    undefined,
  ]) {
    const verdict = checkPrintOrigin(site);
    assert.equal(verdict.ok, false, String(site));
    if (!verdict.ok) assert.match(verdict.reason, /本机或示例地址|没有配置网站地址/);
  }
});

test('plain http on a public host is refused; tests may allow a local origin explicitly', () => {
  const http = checkPrintOrigin('http://dangjian.sgcc.com.cn');
  assert.equal(http.ok, false);
  assert.deepEqual(checkPrintOrigin('http://127.0.0.1:4329', { allowLocal: true }), {
    ok: true,
    origin: 'http://127.0.0.1:4329',
  });
});
