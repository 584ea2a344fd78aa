import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sha256Of } from '../../../../../src/lib/security/csp/inline-hashes.ts';
import { uncoveredInlineCode } from '../../../../../src/lib/security/csp/uncovered.ts';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('uncoveredInlineCode', () => {
  test('accepts inline scripts whose hash the policy lists, and external scripts', () => {
    const html = page(
      `script-src 'self' '${sha256Of('a();')}'; style-src 'self'`,
      '<script>a();</script><script type="module" src="/x.js"></script>',
    );
    assert.deepEqual(uncoveredInlineCode(html), []);
  });

  test('reports an inline script or style without its hash, and inline event handlers', () => {
    const html = page(
      "script-src 'self'; style-src 'self'",
      '<script>b();</script><style>p{}</style><button onclick="go()">去</button>',
    );
    assert.deepEqual(
      uncoveredInlineCode(html).map(({ kind, detail }) => [kind, detail]),
      [
        ['script', sha256Of('b();')],
        ['style', sha256Of('p{}')],
        ['handler', 'onclick'],
      ],
    );
  });

  test('markup inside a quoted attribute is text, as the browser reads it, not code', () => {
    // A hostile module title reaches <meta content="…"> unescaped `<` included: harmless there.
    const html = page(
      "script-src 'self'; style-src 'self'",
      '<meta property="og:title" content="甲</script><script>window.x=1</script>">' +
        '<a title="乙 onclick=go()" href="/">链接</a><!-- <script>c();</script> -->',
    );
    assert.deepEqual(uncoveredInlineCode(html), []);
  });

  test('a page without a policy is reported', () => {
    assert.equal(uncoveredInlineCode('<html><body></body></html>')[0]?.kind, 'no-policy');
  });
});
