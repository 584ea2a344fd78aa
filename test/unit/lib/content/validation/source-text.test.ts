import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSourceText, SIZE_LIMITS_KB } from '../../../../../src/lib/content/validation/source-text.ts';

test('a module past the error limit is refused without its body being read', () => {
  const text = `---\ntitle: 长\n---\n\n${'党员教育培训。'.repeat(60_000)}`;
  const result = checkSourceText({ file: 'm.mdx', text });
  assert.equal(result.tooLarge, true);
  assert.deepEqual(
    result.issues.map((issue) => `${issue.severity} ${issue.message}`),
    [
      `error 文件有 1231 KB，超过上限 ${SIZE_LIMITS_KB.error} KB：手机上几乎打不开这样的页面，构建要多花几分钟`,
    ],
  );
});

test('a BOM is named and removed, so the frontmatter after it is still read', () => {
  const result = checkSourceText({ file: 'm.mdx', text: '\uFEFF---\ntitle: x\n---\n' });
  assert.equal(result.text, '---\ntitle: x\n---\n');
  assert.deepEqual(
    result.issues.map((issue) => issue.code),
    ['file-bom'],
  );
});
