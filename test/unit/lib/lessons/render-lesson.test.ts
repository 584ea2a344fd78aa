import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { siteMarkdownOptions } from '../../../../src/lib/content/markdown/site-markdown.ts';
import type { LessonEdition } from '../../../../src/lib/lessons/lesson-components.ts';
import { renderLesson } from '../../../../src/lib/lessons/render-lesson.ts';

const render = (body: string, edition: LessonEdition = 'page') =>
  renderLesson(body, edition, {
    processor: siteMarkdownOptions(),
    fileURL: pathToFileURL('/site/content/modules/theory/ll-001.mdx'),
  });

test('Markdown, lesson components and headings render as the page shows them, with ids for the table of contents', () => {
  const lesson = render(
    '## 一、学习*要点*\n\n<KeyPoints>\n\n- 原原本本学\n\n</KeyPoints>\n\n### 案例\n\n<Case title="夜间抢修">\n\n故障发生在深夜。\n\n</Case>\n',
  );
  assert.ok(lesson);
  assert.equal(
    lesson.html,
    '<h2 id="一学习要点">一、学习<em>要点</em></h2>\n' +
      '<section class="cm-box cm-box--keypoints" data-pagefind-weight="2"><p class="cm-box__label">要点</p><div class="cm-box__body"><ul>\n<li>原原本本学</li>\n</ul></div></section>\n' +
      '<h3 id="案例">案例</h3>\n' +
      '<section class="cm-box cm-box--case"><p class="cm-box__label">案例<span class="cm-box__title">：夜间抢修</span></p><div class="cm-box__body"><p>故障发生在深夜。</p></div></section>',
  );
  assert.deepEqual(lesson.headings, [
    { depth: 2, slug: '一学习要点', text: '一、学习要点' },
    { depth: 3, slug: '案例', text: '案例' },
  ]);
});

test('constant props and text expressions render as JSX renders them; hostile text stays text', () => {
  const lesson = render(
    `花括号写作 {'{'}{/* 只给编辑看的注释 */}。\n\n<SelfCheck question="哪一项正确？" options={['甲', "</label><script>window.x=1</script>"]} answer={2} />\n\n<Activity title={"</span><script>alert(1)</script>"}>\n\n做一做\n\n</Activity>\n`,
  );
  assert.ok(lesson);
  assert.match(lesson.html, /<p>花括号写作 \{。<\/p>/);
  assert.match(
    lesson.html,
    /data-correct="true"><input type="radio" name="selfcheck-[\d-]+" value="2"><span class="cm-selfcheck__text">&lt;\/label&gt;&lt;script&gt;/,
  );
  assert.match(
    lesson.html,
    /<span class="cm-box__title">：&lt;\/span&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/span>/,
  );
  assert.doesNotMatch(lesson.html, /<script/);
});

test('the allowed HTML elements keep their attributes, and GFM gets Chinese footnote labels and named checkboxes', () => {
  const lesson = render(
    '<abbr title="国务院国有资产监督管理委员会">国资委</abbr>的要求：\n\n<details open><summary>参考答案</summary>三会一课</details>\n\n<table><tbody><tr><td colspan="2">合计</td></tr></tbody></table>\n\n- [x] 已签到\n\n见注释[^1]。\n\n[^1]: 登记表统一发放。\n',
  );
  assert.ok(lesson);
  assert.match(lesson.html, /<abbr title="国务院国有资产监督管理委员会">国资委<\/abbr>/);
  assert.match(lesson.html, /<details open><summary>参考答案<\/summary>三会一课<\/details>/);
  assert.match(lesson.html, /<td colspan="2">合计<\/td>/);
  assert.match(lesson.html, /<input type="checkbox" checked disabled aria-label="已完成">/);
  assert.match(lesson.html, /<h2 class="sr-only" id="footnote-label">注释<\/h2>/);
  assert.match(lesson.html, /aria-label="返回正文第 1 处"/);
});

test('each edition gets its components: notes for the lecturer only in the lecturer edition, self-checks on paper without answers', () => {
  const body =
    '<LecturerNote>\n\n先请学员举例。\n\n</LecturerNote>\n\n<SelfCheck question="几句？" options={["八句", "十句"]} answer={1} />\n';
  const page = render(body)!.html;
  const member = render(body, 'member')!.html;
  const lecturer = render(body, 'lecturer')!.html;
  assert.doesNotMatch(page, /先请学员举例/);
  assert.match(page, /<fieldset class="cm-box cm-box--selfcheck cm-selfcheck">/);
  assert.doesNotMatch(member, /先请学员举例|查看答案/);
  assert.match(member, /<p class="cm-selfcheck__option">A\. 八句<\/p>/);
  assert.match(
    lecturer,
    /<section class="cm-box cm-box--lecturer"><p class="cm-box__label">授课提示<\/p><div class="cm-box__body"><p>先请学员举例。<\/p><\/div><\/section>/,
  );
});

test('a body that needs the MDX compiler is handed back: images, imports, code in braces, other elements or attributes', () => {
  for (const body of [
    '![学习流程图](./flow.svg)\n',
    '<img src="./flow.svg" alt="流程" />\n',
    "import KeyPoints from '../../../src/components/mdx/KeyPoints.astro';\n\n正文\n",
    '今天是 {new Date().getFullYear()} 年。\n',
    '<SelfCheck question="几句？" options={choices} answer={1} />\n',
    '<video src="./a.mp4"></video>\n',
    '<p style="color: red">红字</p>\n',
    '<Case {...props}>正文</Case>\n',
  ]) {
    assert.equal(render(body), undefined, body);
  }
});
