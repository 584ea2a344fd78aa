import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeHtmlText } from '../../../../../src/lib/security/escape/decode-html.ts';
import { escapeHtml } from '../../../../../src/lib/security/escape/html.ts';

test('escaped text reads as it was written', () => {
  const text = `<script>alert("党员'大会")</script> R&D`;
  assert.equal(decodeHtmlText(escapeHtml(text)), text);
});

test('numeric references become their characters; unknown names and impossible numbers stay', () => {
  assert.equal(decodeHtmlText('&#x4e00;线&#20826;'), '一线党');
  assert.equal(decodeHtmlText('&copy; &#x110000;'), '&copy; &#x110000;');
});
