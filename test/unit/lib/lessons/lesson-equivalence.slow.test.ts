import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { htmlToHast } from 'satteri';
import { makeTempProject } from '../../../helpers/temp-project.ts';

// Module bodies are stored as HTML when content is loaded (src/lib/lessons/); before that they
// were compiled as MDX, which still renders any body the renderer hands back. This builds every
// shipped module (the GFM one among them) and a body with every allowed construct both ways, in
// the three editions, and compares what a browser would build from each. The site around them is
// left out: a project with only the modules, the MDX integration and the site's Markdown options
// (as astro.config.mjs sets them) builds in a few seconds.

const CONFIG = `import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { siteMarkdownOptions } from './src/lib/content/markdown/site-markdown.ts';

export default defineConfig({
  markdown: { processor: satteri(siteMarkdownOptions()), syntaxHighlight: false },
  integrations: [mdx({ optimize: true })],
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { renderedAtSync } from './lib/lessons/rendered-at-sync.ts';

export const collections = {
  modules: defineCollection({
    loader: renderedAtSync(
      glob({ base: 'content/modules', pattern: '**/*.mdx', generateId: ({ data }) => String(data.code).toLowerCase() }),
    ),
  }),
};
`;

/** Every construct a body may hold without an image, with text meant to break out of its markup. */
const EVERY_CONSTRUCT = `## 一、原文*精读*

<Objectives>

- 说出“四个意识”的内容

</Objectives>

国资委{'{'}{/* 编辑注：不发布 */}的要求：<abbr title="国务院国有资产监督管理委员会">国资委</abbr>，<ruby>鞫<rp>(</rp><rt>jū</rt><rp>)</rp></ruby>，<time datetime="2026-07-01">七月一日</time>，H<sub>2</sub>O 与 x<sup>2</sup>。

<details open><summary>参考答案</summary>三会一课</details>

<ol start="3"><li value="5">第五项</li></ol>

<table><caption>学时</caption><tbody><tr><th scope="row" colspan="2">合计</th><td align="left">8</td></tr></tbody></table>

| 时间 | 内容 |
| --- | :-: |
| 上午 | 集中学习 |

- [x] 已签到
- [ ] 已交心得

详见[原文](https://www.gov.cn/)和<a href="https://www.12371.cn/" target="_blank" rel="noopener noreferrer">共产党员网</a>[^1]。

[^1]: 登记表由支部统一发放 & 收回。

<KeyPoints>

- 学习 **要** 原原本本

</KeyPoints>

<Case title={"夜间\\"抢修\\"</span><script>window.__pwned=1</script>"}>

某供电公司 <b>新党员</b> 主动跟班。

</Case>

<Discussion>

怎样亮身份？

</Discussion>

<Activity title="结对 & 计划">

1. 约定时间

</Activity>

<LecturerNote>

先请学员举一个身边的例子。

</LecturerNote>

<SelfCheck question="哪一项是对的 <b>？" options={['甲 & 乙', "</label><script>window.__pwned=2</script>"]} answer={2} explanation='因为"原文"这样写' />
`;

const EQUIVALENCE_PAGE = `---
import { getCollection, render } from 'astro:content';
import { memberComponents, printComponents } from '../../components/mdx/index.ts';
import { readEntryBody } from '../../lib/content/files/sources.ts';
import { printedLesson } from '../../lib/lessons/printed-lesson.ts';

export async function getStaticPaths() {
  return (await getCollection('modules')).map((module) => ({ params: { id: module.id }, props: { module } }));
}
const { module } = Astro.props;
const compiled = import.meta.glob<{ default: any }>('/content/modules/**/*.mdx');
const { default: Compiled } = await compiled['/' + module.filePath]!();
const { Content: Stored } = await render(module);
const print = (edition: 'member' | 'lecturer') => printedLesson(readEntryBody(module), edition, module.filePath);
---
<main data-stored={module.rendered ? 'html' : 'mdx'}>
<div id="stored-page"><Stored /></div>
<div id="mdx-page"><Compiled components={memberComponents} /></div>
<div id="stored-member" set:html={print('member')} />
<div id="mdx-member"><Compiled components={printComponents.member} /></div>
<div id="stored-lecturer" set:html={print('lecturer')} />
<div id="mdx-lecturer"><Compiled components={printComponents.lecturer} /></div>
</main>
`;

interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

const byId = (node: HtmlNode, id: string): HtmlNode | undefined =>
  node.properties?.id === id ? node : node.children?.map((child) => byId(child, id)).find(Boolean);
const dom = (node: HtmlNode | undefined) =>
  JSON.stringify(node?.children ?? null, (key, value: unknown) => (key === 'position' ? undefined : value));

test('every body renders the same DOM stored as HTML as compiled as MDX, on the page and in both printed editions', () => {
  const project = makeTempProject([], { withCurriculum: true });
  try {
    const module = join(project.root, 'content', 'modules', 'theory', 'll-090-every-construct.mdx');
    const jl002 = readFileSync(
      join(project.root, 'content', 'modules', 'discipline-integrity', 'jl-002-training-discipline.mdx'),
      'utf8',
    );
    const frontmatter = jl002
      .slice(0, jl002.indexOf('\n---\n') + 5)
      .replace('code: JL-002', 'code: LL-090')
      .replace('topic: discipline-integrity', 'topic: theory');
    writeFileSync(module, `${frontmatter}\n${EVERY_CONSTRUCT}`);
    writeFileSync(join(project.root, 'astro.config.mjs'), CONFIG);
    writeFileSync(join(project.root, 'src', 'content.config.ts'), COLLECTIONS);
    rmSync(join(project.root, 'src', 'pages'), { recursive: true });
    mkdirSync(join(project.root, 'src', 'pages', 'lesson-equivalence'), { recursive: true });
    writeFileSync(join(project.root, 'src', 'pages', 'lesson-equivalence', '[id].astro'), EQUIVALENCE_PAGE);
    const result = spawnSync(process.execPath, [join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: project.root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    assert.equal(result.status, 0, result.stdout + result.stderr);

    const pages = join(project.root, 'dist', 'lesson-equivalence');
    const ids = readdirSync(pages);
    assert.ok(ids.includes('ll-090') && ids.includes('jl-002') && ids.length >= 41, ids.join(' '));
    for (const id of ids) {
      const tree = htmlToHast(readFileSync(join(pages, id, 'index.html'), 'utf8')) as HtmlNode;
      // None of these bodies needs the MDX compiler, so each was stored as HTML.
      assert.equal(
        byId(tree, 'stored-page') &&
          /data-stored="html"/.test(readFileSync(join(pages, id, 'index.html'), 'utf8')),
        true,
        id,
      );
      for (const edition of ['page', 'member', 'lecturer']) {
        const stored = dom(byId(tree, `stored-${edition}`));
        assert.ok(stored.length > 100, `${id} ${edition}`);
        assert.equal(stored, dom(byId(tree, `mdx-${edition}`)), `${id} ${edition}`);
      }
    }
    const constructs = readFileSync(join(pages, 'll-090', 'index.html'), 'utf8');
    assert.doesNotMatch(constructs, /<script>window\.__pwned/);
    assert.match(constructs, /先请学员举一个身边的例子/);
  } finally {
    project.remove();
  }
});
