import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LESSON_COMPONENTS, boxHtml, selfCheckHtml } from '../../../../src/lib/lessons/lesson-components.ts';
import { SEARCH_WEIGHTS } from '../../../../src/lib/search/weights.ts';

const question = {
  question: '入党誓词共有几句？',
  options: ['八句', '十二句'],
  answer: 1,
  explanation: '共八句',
};

test('a box has its label, an escaped title and its search weight only when it has one', () => {
  assert.equal(
    boxHtml({ kind: 'case', label: '案例', title: '"夜间"<b>抢修</b>&' }, '<p>正文</p>'),
    '<section class="cm-box cm-box--case"><p class="cm-box__label">案例<span class="cm-box__title">：&quot;夜间&quot;&lt;b&gt;抢修&lt;/b&gt;&amp;</span></p><div class="cm-box__body"><p>正文</p></div></section>',
  );
  const keyPoints = LESSON_COMPONENTS.page.KeyPoints({}, '<ul></ul>');
  assert.match(
    keyPoints,
    new RegExp(
      `^<section class="cm-box cm-box--keypoints" data-pagefind-weight="${SEARCH_WEIGHTS.keyPoints}">`,
    ),
  );
  assert.doesNotMatch(LESSON_COMPONENTS.page.Discussion({}, ''), /data-pagefind-weight|cm-box__title/);
});

test('a self-check on the page marks the right option, names its radio group by the question and escapes every text', () => {
  const html = selfCheckHtml({ ...question, options: ['<script>甲</script>', '乙'] });
  assert.match(html, /<legend class="cm-box__label">自测：入党誓词共有几句？<\/legend>/);
  assert.match(
    html,
    /data-correct="true"><input type="radio" name="selfcheck-9-\d+" value="1"><span class="cm-selfcheck__text">&lt;script&gt;甲&lt;\/script&gt;<\/span>/,
  );
  assert.match(html, /data-correct="false"><input type="radio" name="selfcheck-9-\d+" value="2">/);
  assert.match(html, /<p>正确答案：&lt;script&gt;甲&lt;\/script&gt;。共八句<\/p>/);
  // Two questions never share a radio group; the same question always gets the same name.
  const name = (text: string) => /name="([^"]+)"/.exec(text)![1];
  assert.equal(name(html), name(selfCheckHtml(question)));
  assert.notEqual(name(html), name(selfCheckHtml({ ...question, question: '入党誓词共有几个字？' })));
});

test('printed editions letter the options and give no answer; only the lecturer edition shows the notes', () => {
  const onPaper = LESSON_COMPONENTS.member.SelfCheck(question, '');
  assert.equal(
    onPaper,
    '<div class="cm-box cm-box--selfcheck cm-selfcheck"><p class="cm-box__label">自测：入党誓词共有几句？</p><p class="cm-selfcheck__option">A. 八句</p><p class="cm-selfcheck__option">B. 十二句</p></div>',
  );
  assert.equal(LESSON_COMPONENTS.page.LecturerNote({}, '<p>提示</p>'), '');
  assert.equal(LESSON_COMPONENTS.member.LecturerNote({}, '<p>提示</p>'), '');
  assert.match(
    LESSON_COMPONENTS.lecturer.LecturerNote({}, '<p>提示</p>'),
    /^<section class="cm-box cm-box--lecturer"><p class="cm-box__label">授课提示<\/p><div class="cm-box__body"><p>提示<\/p><\/div><\/section>$/,
  );
});

test('a self-check without a question or options stops rendering instead of showing an empty box', () => {
  assert.throws(
    () => LESSON_COMPONENTS.page.SelfCheck({ answer: 1 }, ''),
    /needs a question and a list of options/,
  );
  assert.throws(() => LESSON_COMPONENTS.member.SelfCheck({ question: '几句？', options: '八句' }, ''));
});
