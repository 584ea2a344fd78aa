import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { inlineScriptHashes, inlineScriptsIn } from '../../../../../src/lib/security/csp/inline-hashes.ts';

describe('inlineScriptsIn', () => {
  test('takes the bodies of is:inline scripts in the template, not bundled ones or frontmatter mentions', () => {
    const source =
      '---\n// keep `<script is:inline>` literal\n---\n<script is:inline>\n  a();\n</script>\n<script>b();</script>\n<script is:inline aria-hidden="true">c();</script>';
    assert.deepEqual(inlineScriptsIn(source), ['\n  a();\n', 'c();']);
  });
});

describe('inlineScriptHashes', () => {
  test('gives the base64 SHA-256 a browser computes, once per distinct script', () => {
    const expected = `sha256-${createHash('sha256').update('c();').digest('base64')}`;
    assert.deepEqual(
      inlineScriptHashes(['<script is:inline>c();</script>', '<script is:inline>c();</script>']),
      [expected],
    );
  });
});
