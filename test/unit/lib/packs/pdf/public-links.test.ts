import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printedLink, type PrintedLinkInput } from '../../../../../src/lib/packs/pdf/public-links.ts';

const ORIGIN = 'https://dangjian.example.cn';
const module = (base: string) => `${base}modules/dx-001/`;
const link = (href: string, input: Partial<PrintedLinkInput> = {}) =>
  printedLink({ pagePath: module('/'), href, base: '/', publicOrigin: ORIGIN, ...input });

test('a link to another module, written as the guide teaches, opens its short link on the public site', () => {
  assert.deepEqual(link('../ll-002/'), { kind: 'public', href: `${ORIGIN}/q/ll-002/` });
  assert.deepEqual(link('../ll-002/', { base: '/training/', pagePath: module('/training/') }), {
    kind: 'public',
    href: `${ORIGIN}/training/q/ll-002/`,
  });
});

test('a link to a heading of another module keeps the anchor on the module page', () => {
  // The short link forwards without the fragment, so the module page is named instead.
  assert.deepEqual(link('../ll-002/#一第一步'), {
    kind: 'public',
    href: `${ORIGIN}/modules/ll-002/#%E4%B8%80%E7%AC%AC%E4%B8%80%E6%AD%A5`,
  });
});

test("the lecturer edition's depth does not matter: links resolve against the module's page", () => {
  // Printed from /print/modules/dx-001/lecturer/, the browser would have made this
  // /print/modules/dx-001/ll-002/. The print page marks the body with the module's own path.
  const fromBody = link('../ll-002/', { pagePath: '/training/modules/dx-001/', base: '/training/' });
  assert.deepEqual(fromBody, { kind: 'public', href: `${ORIGIN}/training/q/ll-002/` });
  // Without that mark the print page's own path is used, and a print page is never published.
  assert.deepEqual(link('../ll-002/', { pagePath: '/print/modules/dx-001/lecturer/' }), { kind: 'text' });
});

test('absolute site paths go to the public origin; module pages by their short link', () => {
  assert.deepEqual(link('/modules/ll-002/'), { kind: 'public', href: `${ORIGIN}/q/ll-002/` });
  assert.deepEqual(link('/paths/activist/?year=2027'), {
    kind: 'public',
    href: `${ORIGIN}/paths/activist/?year=2027`,
  });
  assert.deepEqual(link('/modules/'), { kind: 'public', href: `${ORIGIN}/modules/` });
  assert.deepEqual(link('/modules/page/2/'), { kind: 'public', href: `${ORIGIN}/modules/page/2/` });
  assert.deepEqual(link('/print/modules/ll-002/'), { kind: 'text' });
  assert.deepEqual(link('./#materials'), { kind: 'public', href: `${ORIGIN}/modules/dx-001/#materials` });
  assert.deepEqual(link(''), { kind: 'public', href: `${ORIGIN}/q/dx-001/` });
});

test('anchors within the printed document stay internal; other sites stay as written', () => {
  assert.deepEqual(link('#materials'), { kind: 'keep' });
  assert.deepEqual(link(' \n#materials'), { kind: 'keep' });
  assert.deepEqual(link('https://www.gov.cn/zhengce/'), { kind: 'keep' });
  assert.deepEqual(link('mailto:dangjian@example.cn'), { kind: 'keep' });
  assert.deepEqual(link('//www.12371.cn/'), { kind: 'keep' });
});

test('scripted and inline URLs become text', () => {
  assert.deepEqual(link('javascript:alert(1)'), { kind: 'text' });
  assert.deepEqual(link(' JaVaScRiPt:alert(1)'), { kind: 'text' });
  assert.deepEqual(link('data:text/html,<script>alert(1)</script>'), { kind: 'text' });
  assert.deepEqual(link('http://['), { kind: 'text' });
});

test('without a public origin, links into the site become text and the rest is unchanged', () => {
  for (const publicOrigin of [undefined, '', 'javascript:alert(1)', 'https://host/path', 'not a url']) {
    assert.deepEqual(link('../ll-002/', { publicOrigin }), { kind: 'text' }, String(publicOrigin));
    assert.deepEqual(link('/modules/ll-002/#materials', { publicOrigin }), { kind: 'text' });
  }
  assert.deepEqual(link('#materials', { publicOrigin: undefined }), { kind: 'keep' });
  assert.deepEqual(link('https://www.gov.cn/', { publicOrigin: undefined }), { kind: 'keep' });
});

test('a public origin with a trailing slash is the same origin', () => {
  assert.deepEqual(link('../ll-002/', { publicOrigin: `${ORIGIN}/` }), {
    kind: 'public',
    href: `${ORIGIN}/q/ll-002/`,
  });
});
