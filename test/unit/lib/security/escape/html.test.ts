import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml } from '../../../../../src/lib/security/escape/html.ts';

test('markup in a title stays text, inside an element or a quoted attribute', () => {
  assert.equal(
    escapeHtml(`</title><script>window.__pwned=1</script>`),
    '&lt;/title&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  );
  assert.equal(
    escapeHtml(`"><img src=x onerror='alert(1)'>`),
    '&quot;&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;',
  );
  assert.equal(escapeHtml('党史 & 党建'), '党史 &amp; 党建');
});
