import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sha256Of } from '../../../../../src/lib/security/csp/inline-hashes.ts';
import { readPolicy } from '../../../../../src/lib/security/csp/page-policy.ts';
import { tightenPolicy } from '../../../../../src/lib/security/csp/tighten.ts';

describe('tightenPolicy', () => {
  test("keeps only the hashes of the page's own inline code, and every other source", () => {
    const used = sha256Of('theme();');
    const unused = sha256Of('island();');
    const policy = `default-src &#39;self&#39;; script-src &#39;self&#39; &#39;wasm-unsafe-eval&#39; &#39;${used}&#39; &#39;${unused}&#39;; style-src &#39;self&#39; &#39;${unused}&#39;; style-src-attr &#39;unsafe-inline&#39;;`;
    const html = `<head><meta http-equiv="content-security-policy" content="${policy}"></head><script>theme();</script>`;
    assert.equal(
      readPolicy(tightenPolicy(html)),
      `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${used}'; style-src 'self'; style-src-attr 'unsafe-inline';`,
    );
  });
});
