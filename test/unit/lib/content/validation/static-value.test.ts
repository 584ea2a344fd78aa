import assert from 'node:assert/strict';
import { test } from 'node:test';
import { visit, type MdxNode } from '../../../../../src/lib/content/validation/body-outline.ts';
import { parseMdx } from '../../../../../src/lib/content/validation/parse-mdx.ts';
import { attributeValue, textsOf, UNKNOWN } from '../../../../../src/lib/content/validation/static-value.ts';

/** The value of `x={…}` on a `<Case>`, parsed as the checker parses a body. */
function valueOf(expression: string) {
  const { tree, error } = parseMdx(`<Case x={${expression}} />`);
  assert.equal(error, undefined, expression);
  let element: MdxNode | undefined;
  visit(tree!, (node) => {
    if (node.name === 'Case') element = node;
  });
  return attributeValue(element!.attributes![0]!);
}

test('constants of every spelling are evaluated', () => {
  assert.equal(valueOf('"javascript:alert(1)"'), 'javascript:alert(1)');
  assert.equal(valueOf('`javascript:alert(1)`'), 'javascript:alert(1)');
  assert.equal(valueOf('"java" + "script:" + 1'), 'javascript:1');
  assert.equal(valueOf('1 + 2'), 3);
  assert.equal(valueOf('-2'), -2);
  assert.deepEqual(valueOf('["甲", "乙", true, null]'), ['甲', '乙', true, null]);
  assert.deepEqual({ ...(valueOf('{ a: "x", "b": [1] }') as object) }, { a: 'x', b: [1] });
});

test('anything that would run code is UNKNOWN', () => {
  for (const expression of [
    'url',
    'links.home',
    'f()',
    '`${base}/x`',
    '"a" - "b"',
    '/javascript:/',
    '[...list]',
    '{ [key]: 1 }',
    '{ get a() { return 1 } }',
    '{ a }',
    '"a" + x',
  ]) {
    assert.equal(valueOf(expression), UNKNOWN, expression);
  }
});

test('textsOf gives every text a value would put into an attribute', () => {
  assert.deepEqual(textsOf(['javascript:a', 'b']), ['javascript:a,b', 'javascript:a', 'b']);
  assert.deepEqual(textsOf({ href: 'javascript:a' }), ['javascript:a']);
  assert.deepEqual(textsOf(true), []);
});
