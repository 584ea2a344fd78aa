import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MdxNode } from '../../../../../src/lib/content/validation/body-outline.ts';
import { parseMdx } from '../../../../../src/lib/content/validation/parse-mdx.ts';

function tree(body: string): MdxNode {
  const parsed = parseMdx(body);
  assert.equal(parsed.error, undefined, JSON.stringify(parsed.error));
  return parsed.tree!;
}

const find = (node: MdxNode, type: string): MdxNode | undefined =>
  node.type === type ? node : (node.children ?? []).map((child) => find(child, type)).find(Boolean);

test('code in a body carries ESTree, as the body policy reads it', () => {
  const parsed = tree(
    [
      '# 标题',
      '',
      "import Map from '../../src/components/Map.astro';",
      "export const secret = 'x';",
      '',
      '文字 {"常量"} 与 {/* 备注 */}',
      '',
      '<SelfCheck question="哪一项？" options={["甲", "乙"]} answer={2} flag />',
    ].join('\n'),
  );
  const esm = find(parsed, 'mdxjsEsm')!;
  const statements = esm.data!.estree!.body as { type: string; loc: { start: { line: number } } }[];
  assert.deepEqual(
    statements.map((statement) => [statement.type, statement.loc.start.line]),
    [
      ['ImportDeclaration', 3],
      ['ExportNamedDeclaration', 4],
    ],
    'statements are placed on the lines of the body',
  );
  const paragraph = parsed.children!.find((node) => node.type === 'paragraph')!;
  const [constant, comment] = paragraph.children!.filter((node) => node.type === 'mdxTextExpression');
  assert.deepEqual(
    (constant!.data!.estree!.body as { type: string; expression: { value: string } }[]).map((s) => [
      s.type,
      s.expression.value,
    ]),
    [['ExpressionStatement', '常量']],
  );
  assert.deepEqual(comment!.data!.estree!.body, [], 'a comment alone is an empty program');
  const selfCheck = find(parsed, 'mdxJsxFlowElement')!;
  const options = selfCheck.attributes!.find((attribute) => attribute.name === 'options')!;
  const value = options.value as { data: { estree: { body: { expression: { type: string } }[] } } };
  assert.equal(value.data.estree.body[0]!.expression.type, 'ArrayExpression');
  assert.equal(selfCheck.attributes!.find((attribute) => attribute.name === 'flag')!.value, null);
});

test('a body that does not parse gives the place and the parser’s words', () => {
  const cases: [string, { line: number; column: number }, RegExp, string | undefined][] = [
    [
      '正文\n\n<Case title="x">\n\n内容',
      { line: 3, column: 1 },
      /^Expected a closing tag for `<Case>`/,
      undefined,
    ],
    ['学时 {2 学时', { line: 1, column: 4 }, /end of file in expression/, undefined],
    ['一 {1 +}', { line: 1, column: 7 }, /^Could not parse expression/, 'acorn'],
    // satteri leaves import lines alone; acorn reads them, at their line in the body.
    ['正文\n\nimport {', { line: 3, column: 9 }, /^Unexpected token/, 'esm'],
    ['<Case title={}>x</Case>', { line: 1, column: 1 }, /^Unexpected empty expression/, 'acorn'],
    ['<Case title={"a" "b"}>x</Case>', { line: 1, column: 18 }, /^Could not parse expression/, 'acorn'],
  ];
  for (const [body, place, reason, ruleId] of cases) {
    const { error } = parseMdx(body);
    assert.ok(error, body);
    assert.deepEqual(error.place, place, body);
    assert.match(error.reason, reason, body);
    if (ruleId) assert.equal(error.ruleId, ruleId, body);
  }
});

test('the tree is the one the site renders: GFM and the site’s smart punctuation', () => {
  const parsed = tree('| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n\n"引号"[^1]\n\n[^1]: 注释');
  assert.ok(find(parsed, 'table'));
  assert.ok(find(parsed, 'footnoteDefinition'));
  const text = find(find(parsed, 'paragraph')!, 'text')!;
  assert.equal(text.value, '“引号”');
});
