import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMdxBody } from '../../../../../src/lib/content/validation/mdx-body.ts';

/** The one syntax issue a body gives, as the checker's line shows it: place and explanation. */
function syntaxIssue(body: string): string {
  const { issues } = checkMdxBody('content/modules/m.mdx', body, 10);
  assert.equal(issues.length, 1, JSON.stringify(issues));
  const [issue] = issues;
  assert.equal(issue!.code, 'mdx-syntax');
  return `${issue!.line}:${issue!.column ?? ''} ${issue!.message.replace(/^MDX 语法错误：/, '')}`;
}

test('the MDX mistakes lecturers make are explained in Chinese, at their line in the file', () => {
  assert.equal(syntaxIssue('正文\n\n<Case title="案例">\n\n内容'), '12:1 组件 <Case> 缺少结束标签 </Case>');
  assert.equal(
    syntaxIssue('<Case>内容</Discussion>'),
    '10:9 结束标签 </Discussion> 与开始标签 <Case> 不匹配',
  );
  assert.equal(syntaxIssue('内容</Case>'), '10:3 </Case> 前面没有对应的开始标签');
  assert.match(syntaxIssue('学时 {2 学时'), /^10:4 花括号 \{ 缺少对应的 \}$/);
  assert.match(syntaxIssue('分数 <1 分'), /^10:4 < 后面不是合法的标签（Unexpected character/);
  assert.match(syntaxIssue('一 {1 +}'), /^10:7 花括号 \{ \} 中的表达式无法解析（Could not parse expression/);
  assert.match(syntaxIssue('正文\n\nimport {'), /^12:9 import 或 export 语句无法解析（Unexpected token/);
});

test('a body that parses gives its outline and no syntax issue', () => {
  const { issues, outline } = checkMdxBody('content/modules/m.mdx', '# 导入\n\n[上一课](../ll-001/)', 5);
  assert.deepEqual(issues, []);
  assert.deepEqual(outline?.anchors, ['导入']);
  assert.deepEqual(outline?.links, [{ url: '../ll-001/', syntax: 'markdown', line: 7, column: 1 }]);
});
