import assert from 'node:assert/strict';
import { test } from 'node:test';
import { digestLesson } from '../../../../src/lib/search/lesson-digest.ts';

const page = (lesson: string) =>
  `<main data-pagefind-body><h1>标题</h1><p class="cm-summary">简介</p>` +
  `<div class="cm-lesson" data-lesson>${lesson}</div><div class="cm-toggle" data-pagefind-ignore>已学完</div></main>`;

/** The words of the digest paragraph the lesson became. */
function digestWords(html: string): string[] {
  const lesson = html.slice(
    html.indexOf('data-lesson>') + 'data-lesson>'.length,
    html.indexOf('</div><div class="cm-toggle"'),
  );
  const paragraph = /<p>([^<]*)<\/p>$/.exec(lesson);
  return paragraph ? paragraph[1]!.split(' ') : [];
}

test('lesson prose becomes its words, each once, and the rest of the page is untouched', () => {
  const html = digestLesson(
    page('<h2 id="a">支部学习</h2><p>支部组织党员学习。</p><ul><li>党员<strong>学习</strong>档案</li></ul>'),
  );
  const words = digestWords(html);
  assert.equal(new Set(words).size, words.length, `repeated words: ${words.join('|')}`);
  for (const word of ['支部', '学习', '党员', '档案'])
    assert.ok(words.includes(word), `${word} missing: ${words.join('|')}`);
  assert.ok(html.startsWith('<main data-pagefind-body><h1>标题</h1><p class="cm-summary">简介</p>'));
  assert.ok(html.endsWith('<div class="cm-toggle" data-pagefind-ignore>已学完</div></main>'));
});

test('weighted boxes keep their markup and weight; ignored parts and nested divs are handled', () => {
  const keyPoints =
    '<section class="cm-box" data-pagefind-weight="2"><section><p>要点一</p></section></section>';
  const html = digestLesson(
    page(
      `<div><div><p>正文</p></div></div>${keyPoints}<div data-pagefind-ignore><p>答案</p></div><p>结尾</p>`,
    ),
  );
  assert.ok(html.includes(`data-lesson>${keyPoints}<p>`), html);
  const words = digestWords(html);
  assert.ok(words.includes('正文') && words.includes('结尾'), words.join('|'));
  assert.ok(!words.some((word) => word.includes('要点') || word.includes('答案')), words.join('|'));
});

test('entities become characters for the segmenter, and the digest is escaped again', () => {
  const html = digestLesson(page('<p>R&amp;D 部门&#x4e00;线 &lt;script&gt;</p>'));
  assert.ok(!html.includes('<script>'), html);
  const words = digestWords(html);
  assert.ok(words.includes('一线') || words.includes('一'), words.join('|'));
  assert.ok(words.includes('script'), words.join('|'));
});

test('a page without a lesson, or a lesson with no words, is given as it is or without prose', () => {
  const guide = '<main data-pagefind-body><p>没有课程正文</p></main>';
  assert.equal(digestLesson(guide), guide);
  assert.equal(digestLesson(page('<hr><img src="a.png" alt="">')), page(''));
});
