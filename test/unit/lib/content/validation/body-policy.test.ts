import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ALLOWED_ELEMENTS, REFUSED_ELEMENTS } from '../../../../../src/lib/content/body-policy.ts';
import { checkMdxBody } from '../../../../../src/lib/content/validation/mdx-body.ts';
import { projectRoot } from '../../../../helpers/content.ts';

const codes = (body: string) =>
  checkMdxBody('content/modules/m.mdx', body, 1).issues.map((issue) => issue.code);

describe('the body policy', () => {
  test('what real lessons need passes', () => {
    const lesson = [
      '| 步骤 | 内容 |\n| --- | --- |\n| 一 | 读原文 |',
      '<table><caption>日程</caption><tbody><tr><th scope="row" colspan="2">上午</th></tr></tbody></table>',
      '<img src="https://example.org/a.png" alt="党旗" width="300" />',
      '<details><summary>参考答案</summary>第二项。</details>',
      '<a href="https://www.12371.cn/" target="_blank" rel="noopener">共产党员网</a>、<a href="../ll-001/">上一课</a>、[邮件](mailto:a@example.org)',
      '水<sub>2</sub>，第 1<sup>st</sup>，<ruby>赓<rt>gēng</rt></ruby>续<br />',
      '{/* 授课人备注 */}',
      '<SelfCheck question="哪一项？" options={["甲", "乙"]} answer={2} />',
      '<Case title="案例">内容</Case>',
      '<a href={"../ll-002/"} rel={`noopener noreferrer`}>下一课</a>、<SelfCheck question={"哪" + "一项？"} options={["甲"]} answer={1} />',
    ].join('\n\n');
    assert.deepEqual(codes(lesson), []);
  });

  test('what an attacker would try is refused', () => {
    const attempts: Record<string, string> = {
      '<svg><script>alert(1)</script></svg>': 'body-element',
      '<a href="java\tscript:alert(1)">x</a>': 'body-url',
      '[x][ref]\n\n[ref]: javascript:alert(1)': 'body-url',
      '<Case title="x" client:load>内容</Case>': 'body-attribute',
      '<Case title="x" set:html="<script>alert(1)</script>">内容</Case>': 'body-attribute',
      '<Case title={`${process.env.TOKEN}`}>内容</Case>': 'body-expression',
      '<Case title={import("node:fs")}>内容</Case>': 'body-expression',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/" />': 'body-element',
      '<base href="https://evil.example/" />': 'body-element',
      '<a href={"javascript:alert(1)"}>x</a>': 'body-url',
      '<a href={`javascript:alert(1)`}>x</a>': 'body-url',
      '<a href={["javascript:alert(1)"]}>x</a>': 'body-url',
      '<a href={"java" + "script:alert(1)"}>x</a>': 'body-url',
      '<a href="&#106;avascript:alert(1)">x</a>': 'body-url',
      '<a href={url}>x</a>': 'body-url-unknown',
      '<a href="https://x.cn/" rel="opener">x</a>': 'body-rel',
      '<img src={"data:image/png;base64,AA"} alt="x" />': 'body-url',
      '<Case title="x" href={"javascript:alert(1)"}>内容</Case>': 'body-url',
      '<Case title="x" poster={`${x}`}>内容</Case>': 'body-url-unknown',
    };
    for (const [body, code] of Object.entries(attempts)) {
      assert.ok(codes(body).includes(code as never), `${body} → ${code}: ${codes(body).join(', ')}`);
    }
  });

  test('an image on another site in a page body is refused here, since the image check reads modules only', () => {
    const page = checkMdxBody('content/pages/p.mdx', '![党旗](https://x.cn/a.png)', 1, { imageCheck: false });
    assert.deepEqual(
      page.issues.map((issue) => issue.code),
      ['image-external'],
    );
  });

  test("the checker's documentation and the guide list every allowed and refused element of the table", () => {
    const checkerDoc = readFileSync(join(projectRoot, 'docs/checker.md'), 'utf8');
    const guide = readFileSync(join(projectRoot, 'content/pages/guide/writing.mdx'), 'utf8');
    for (const text of [checkerDoc, guide]) {
      for (const name of [...Object.keys(ALLOWED_ELEMENTS), ...Object.keys(REFUSED_ELEMENTS)]) {
        assert.ok(text.includes(`\`${name}\``), `\`${name}\` is missing`);
      }
    }
  });
});
