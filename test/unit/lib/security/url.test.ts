import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeUrl, urlScheme } from '../../../../src/lib/security/url.ts';

describe('urlScheme reads a scheme as a browser does', () => {
  test('every spelling of javascript: is javascript:', () => {
    const spellings = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\r\nscript:alert(1)',
      ' javascript:alert(1)',
      '\u0000\u0001\u001f javascript:alert(1)',
      '\u007fjavascript:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      '&#106avascript:alert(1)',
      'javascript&colon;alert(1)',
      'java&Tab;script:alert(1)',
      'java&NewLine;script:alert(1)',
      'java&#x09;script:alert(1)',
      '&amp;#106;avascript:alert(1)',
    ];
    for (const url of spellings) assert.equal(urlScheme(url), 'javascript', JSON.stringify(url));
  });

  test('relative URLs, paths and anchors have no scheme', () => {
    for (const url of ['../ll-001/', './flow.png', '/images/a.png', '#导入', '?a=1&b=2', 'java script:x', ''])
      assert.equal(urlScheme(url), undefined, url);
  });

  test('other schemes are named in lower case', () => {
    assert.equal(urlScheme('DATA:image/png;base64,AA'), 'data');
    assert.equal(urlScheme('VbScript:msgbox'), 'vbscript');
    assert.equal(urlScheme('HTTPS://www.12371.cn/'), 'https');
  });
});

test('normalizeUrl reads a backslash as a slash, so \\\\host is protocol-relative', () => {
  assert.equal(normalizeUrl('\\\\evil.example/a.png'), '//evil.example/a.png');
  assert.equal(normalizeUrl(' /\\evil.example/a.png '), '//evil.example/a.png');
  assert.equal(normalizeUrl('../ll-001/?a=1&amp;b=2'), '../ll-001/?a=1&b=2');
});
