import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkRel, checkUrlValue, judgeUrl } from '../../../../../src/lib/content/validation/url-policy.ts';
import { UNKNOWN } from '../../../../../src/lib/content/validation/static-value.ts';

const at = { file: 'content/modules/m.mdx', line: 3, field: 'body' };
const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe('judgeUrl', () => {
  test('links may be relative, same-site, http(s), mailto or tel', () => {
    for (const url of [
      '../ll-001/',
      '#导入',
      '/guide/',
      'https://www.12371.cn/',
      'HTTP://x.cn',
      '//x.cn/',
      'mailto:a@example.org',
      'tel:010-1234',
    ])
      assert.equal(judgeUrl(url, 'link'), undefined, url);
  });

  test('every other scheme is refused for links, in any spelling', () => {
    const refused: Record<string, string> = {
      'javascript:alert(1)': 'javascript',
      ' \tJaVa&#x09;ScRiPt:alert(1)': 'javascript',
      'data:text/html,<script>alert(1)</script>': 'data',
      'vbscript:msgbox(1)': 'vbscript',
      'file:///etc/passwd': 'file',
      'blob:https://x.cn/1': 'blob',
    };
    for (const [url, scheme] of Object.entries(refused))
      assert.deepEqual(judgeUrl(url, 'link'), { kind: 'scheme', scheme }, url);
  });

  test('images stay in the repository: no scheme, no other host', () => {
    assert.equal(judgeUrl('./flow.png', 'image'), undefined);
    assert.equal(judgeUrl('/images/a.png', 'image'), undefined);
    for (const url of ['https://x.cn/a.png', '//x.cn/a.png', '\\\\x.cn/a.png', ' HTTPS://x.cn/a.png'])
      assert.deepEqual(judgeUrl(url, 'image'), { kind: 'elsewhere' }, url);
    assert.deepEqual(judgeUrl('data:image/png;base64,AA', 'image'), { kind: 'scheme', scheme: 'data' });
    assert.deepEqual(judgeUrl('mailto:a@example.org', 'image'), { kind: 'scheme', scheme: 'mailto' });
  });
});

describe('checkUrlValue', () => {
  test('a value only running code would tell is refused, not skipped', () => {
    assert.deepEqual(codes(checkUrlValue(UNKNOWN, 'link', at, { attribute: 'href' })), ['body-url-unknown']);
  });

  test('every text of a list or record is judged', () => {
    // The list renders as `../a/,javascript:x`, relative; the text inside it is still refused.
    const [issue] = checkUrlValue(['../a/', 'javascript:x'], 'link', at, { attribute: 'href' });
    assert.equal(issue?.message, '地址「javascript:x」使用了不允许的协议 javascript:');
    assert.deepEqual(codes(checkUrlValue({ a: 'vbscript:x' }, 'link', at, { attribute: 'href' })), [
      'body-url',
    ]);
  });

  test('each candidate of a srcset is an image', () => {
    assert.deepEqual(
      codes(checkUrlValue('./a.png 1x, data:image/png;base64,AA 2x', 'image', at, { attribute: 'srcset' })),
      ['body-url'],
    );
  });

  test('an image elsewhere is left to the image check only where it runs and can read it', () => {
    const here = checkUrlValue('https://x.cn/a.png', 'image', at, { attribute: 'src' });
    const later = checkUrlValue('https://x.cn/a.png', 'image', at, {
      attribute: 'src',
      images: 'image check',
    });
    const odd = checkUrlValue('\\\\x.cn/a.png', 'image', at, { attribute: 'src', images: 'image check' });
    assert.deepEqual([codes(here), codes(later), codes(odd)], [['image-external'], [], ['image-external']]);
  });
});

test('rel allows only tokens that withhold something; opener is named', () => {
  assert.deepEqual(checkRel('noopener NoReferrer  nofollow external ugc sponsored', at), []);
  const [issue] = checkRel('noopener opener', at);
  assert.equal(issue?.code, 'body-rel');
  assert.match(issue!.message, /opener/);
  assert.deepEqual(codes(checkRel('me', at)), ['body-rel']);
  assert.deepEqual(codes(checkRel(UNKNOWN, at)), ['body-url-unknown']);
});
