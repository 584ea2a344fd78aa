import { allowedElementsHint, REL_VALUES } from '../../body-policy.ts';
import {
  imageMissingHint,
  type AnchorMissing,
  type ImageMissing,
  type LinkMalformed,
} from '../issue-facts.ts';
import type { IssueDefinition } from './definition.ts';
import type { SvgFinding } from '../../../security/svg-active-content.ts';

type SvgReference = Pick<
  Extract<SvgFinding, { kind: 'reference' }>,
  'element' | 'attribute' | 'url' | 'problem'
>;
type SvgDeclaration = Pick<Extract<SvgFinding, { kind: 'declaration' }>, 'what' | 'name'>;
type SvgUnreadable = Extract<SvgFinding, { kind: 'unreadable' }>['reason'];

/** Problems in an MDX body: syntax, the body policy (raw HTML, code), links between modules and images. */
export const BODY_ISSUES = {
  'mdx-syntax': {
    severity: 'error',
    message: ({ detail }: { detail: string }) => `MDX 语法错误：${detail}`,
    hint: '闭合每个组件标签；正文中的 < 和 { 写成 \\< 和 \\{',
    guide: 'writing#正文用-markdown-写课',
  },
  'mdx-unknown-component': {
    severity: 'error',
    message: ({ name }: { name: string; known: readonly string[] }) => `未知的组件 <${name}>`,
    hint: ({ known }: { known: readonly string[] }) => known.join(', '),
    guide: 'components',
  },
  'body-element': {
    severity: 'error',
    message: ({ name, reason }: { name: string; reason: string | undefined }) =>
      `不允许的 HTML 标签 <${name}>：${reason ?? '不在正文可用的标签之列'}`,
    hint: () => allowedElementsHint(),
    guide: 'writing#正文里能写哪些-html',
  },
  'body-attribute': {
    severity: 'error',
    message: ({ element, attribute }: { element: string; attribute: string; allowed: readonly string[] }) =>
      `<${element}> 上不允许属性「${attribute}」${/^on/i.test(attribute) ? '：事件属性会在党员的浏览器中运行代码' : ''}`,
    hint: ({ allowed }: { allowed: readonly string[] }) =>
      allowed.length ? allowed.join(', ') : '组件的普通属性；不能用 on… 事件、set:html、client: 等指令',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-url': {
    severity: 'error',
    message: ({ url, scheme }: { url: string; scheme: string; schemes: readonly string[] }) =>
      `地址「${url}」使用了不允许的协议 ${scheme}:`,
    hint: ({ schemes }: { schemes: readonly string[] }) =>
      schemes.length
        ? `${schemes.map((s) => `${s}:`).join(' ')} 开头的地址，或站内的相对地址`
        : '本仓库中的文件，用相对路径引用，如 ./flow.png',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-url-unknown': {
    severity: 'error',
    message: ({ attribute }: { attribute: string }) =>
      `${attribute}={…} 的值要运行代码才知道，检查无法判断它会打开哪里，不允许`,
    hint: ({ attribute }: { attribute: string }) =>
      `把值直接写成文字，如 ${attribute === 'src' ? 'src="/images/flow.png"' : attribute === 'rel' ? 'rel="noopener"' : `${attribute}="../ll-001/"`}`,
    guide: 'writing#正文里能写哪些-html',
  },
  'body-rel': {
    severity: 'error',
    message: ({ refused }: { refused: readonly string[] }) =>
      `链接的 rel 中不允许「${refused.join(' ')}」${refused.includes('opener') ? '：opener 让打开的网页能够改写本页' : ''}`,
    hint: () => REL_VALUES.join(', '),
    guide: 'writing#正文里能写哪些-html',
  },
  'body-expression': {
    severity: 'error',
    message: ({ what }: { what: string }) => `${what} 中的代码会在构建时运行，正文中不允许`,
    hint: '正文中的 { 写成 \\{；组件属性只写文字、数字、true/false 或它们的列表，如 options={["甲", "乙"]}',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-export': {
    severity: 'error',
    message: () => '正文中不允许 export：它会在构建时运行代码',
    hint: '删除 export；模块的信息写在 frontmatter 中',
    guide: 'writing#正文里能写哪些-html',
  },
  'body-import': {
    severity: 'error',
    message: ({ source }: { source: string }) =>
      `不允许 import「${source}」：只能引入本项目 src/components/ 中的 .astro 组件`,
    hint: '模块正文直接使用 <Case> 等组件，不需要 import',
    guide: 'components',
  },
  'body-import-missing': {
    severity: 'error',
    message: ({ source, path }: { source: string; path: string }) =>
      `import 的文件「${source}」不存在：${path}`,
    hint: '检查路径；模块正文直接使用 <Case> 等组件，不需要 import',
    guide: 'components',
  },
  'body-empty': {
    severity: 'error',
    message: () => '正文为空，模块至少需要一段内容',
    hint: '在 frontmatter 之后写正文',
    guide: 'writing#正文用-markdown-写课',
  },
  'placeholder-left': {
    severity: 'error',
    message: ({ count }: { count: number }) =>
      `还有 ${count} 处模板占位「【待填写】」没有替换，已发布的模块不能保留`,
    hint: '把每处【待填写】换成正式内容；还没写完就保持 status: draft',
    guide: 'writing#草稿发布与复核',
  },
  'link-module-missing': {
    severity: 'error',
    message: ({ code }: { code: string; known: string }) => `链接的模块「${code}」不存在`,
    hint: ({ known }: { known: string }) => known,
    guide: 'writing#链接到其他模块',
  },
  'link-module-draft': {
    severity: 'error',
    message: ({ code }: { code: string }) => `链接的模块「${code}」仍是草稿（draft），发布后这个链接会打不开`,
    hint: '已发布（published）的模块，或先删除这个链接',
    guide: 'writing#链接到其他模块',
  },
  'link-anchor-missing': {
    severity: 'error',
    message: ({ code, anchor }: AnchorMissing) =>
      `${code ? `模块「${code}」` : '本模块'}中没有锚点为「#${anchor}」的标题`,
    hint: ({ anchors }: AnchorMissing) =>
      anchors.length ? anchors.map((a) => `#${a}`).join(', ') : '（该模块没有小标题）',
    guide: 'writing#链接到其他模块',
  },
  'link-malformed': {
    severity: 'error',
    message: ({ url, sourceFile }: LinkMalformed) =>
      sourceFile ? `链接「${url}」指向源文件，网站上没有这个地址` : `站内链接「${url}」的写法在网站上打不开`,
    hint: ({ fix }: LinkMalformed) => (fix ? `改成 ${fix}` : '模块页面的地址，如 ../ll-001/'),
    guide: 'writing#链接到其他模块',
  },
  'link-absolute': {
    severity: 'warning',
    message: ({ url }: { url: string; fix: string }) =>
      `链接「${url}」以 / 开头，网站部署在子路径（BASE_PATH）下时会打不开`,
    hint: ({ fix }: { fix: string }) => `改成 ${fix}`,
    guide: 'writing#链接到其他模块',
  },
  'image-alt-empty': {
    severity: 'error',
    message: ({ url }: { url: string; syntax: 'markdown' | 'jsx' }) => `图片「${url}」缺少替代文字（alt）`,
    hint: ({ syntax }: { syntax: 'markdown' | 'jsx' }) =>
      syntax === 'jsx'
        ? '在 <img> 中加 alt="用一句话说明图片内容"'
        : '在 ![ ] 的方括号里用一句话说明图片内容，如 ![支部换届选举流程图](./flow.png)',
    guide: 'writing#图片',
  },
  'image-missing': {
    severity: 'error',
    message: ({ url, path }: ImageMissing) => `图片「${url}」找不到：${path} 不存在`,
    hint: imageMissingHint,
    guide: 'writing#图片',
  },
  'image-external': {
    severity: 'error',
    message: ({ url }: { url: string }) =>
      `图片「${url}」在其他网站上：党员打开页面时手机会向那个网站发出请求，网站的安全策略也会拦下它`,
    hint: '把图片文件放进本仓库，与模块文件放在同一文件夹，用相对路径引用，如 ![流程图](./flow.png)',
    guide: 'writing#图片',
  },
  'image-unprocessed': {
    severity: 'error',
    message: ({ url }: { url: string }) => `<img> 中的相对路径「${url}」不会被处理，网站上显示不出来`,
    hint: ({ url }: { url: string }) => `改用 Markdown 写法 ![图片说明](${url})`,
    guide: 'writing#图片',
  },
  // SVG files (content/ and public/): anything that runs, embeds or loads when someone opens the
  // file's own URL, which is a page of the site's origin (src/lib/security/svg-active-content.ts).
  'svg-element': {
    severity: 'error',
    message: ({ element }: { element: string }) => {
      const name = element.slice(element.lastIndexOf(':') + 1).toLowerCase();
      const reason = ['script', 'handler', 'listener'].includes(name)
        ? '有人直接打开这张图片的网址时，它会在本网站上运行代码'
        : name === 'foreignobject'
          ? '它能在图片中嵌入网页，连同网页中的脚本'
          : ['base', 'meta', 'link', 'form'].includes(name)
            ? '它会让图片加载其他文件或跳转到其他地址'
            : '它会把其他网页或插件嵌进图片';
      return `SVG 文件中不允许 <${element}>：${reason}`;
    },
    hint: '图形元素（path、rect、circle、text、g、defs、linearGradient 等）；在绘图软件中另存为「普通 SVG」',
    guide: 'writing#图片',
  },
  'svg-event-handler': {
    severity: 'error',
    message: ({ element, attribute }: { element: string; attribute: string }) =>
      `SVG 文件中 <${element}> 上不允许事件属性「${attribute}」：有人直接打开这张图片的网址时，它会在本网站上运行代码`,
    hint: '删去所有 on… 属性：网站上的图片不需要交互',
    guide: 'writing#图片',
  },
  'svg-animation': {
    severity: 'error',
    message: ({ element, target }: { element: string; target: string }) =>
      `SVG 文件中 <${element}> 不允许用动画改变「${target}」：动画能把链接或事件换成会运行的代码`,
    hint: '动画只改变图形属性，如 opacity、fill、transform',
    guide: 'writing#图片',
  },
  'svg-reference': {
    severity: 'error',
    message: ({ element, attribute, url, problem }: SvgReference) =>
      `SVG 文件中 <${element}> 的 ${attribute}「${url}」${
        problem.kind === 'scheme'
          ? `使用了不允许的协议 ${problem.scheme}:`
          : problem.kind === 'use'
            ? '引用了另一个文件：<use> 只能引用本文件中的图形'
            : '指向其他网站'
      }`,
    hint: '本文件中的 #id（如 #arrow），或本仓库中文件的相对路径；内嵌的位图只能在 <image> 中用 data:image/png、jpeg、gif、webp',
    guide: 'writing#图片',
  },
  'svg-css': {
    severity: 'error',
    message: ({
      element,
      attribute,
      found,
    }: {
      element: string;
      attribute: string | undefined;
      found: string;
    }) =>
      `SVG 文件中 <${element}> 的${attribute ? `属性 ${attribute} ` : '样式'}里有「${found}」：它会从其他地址加载文件或运行代码`,
    hint: '样式中的 url() 只引用本文件中的 #id，如 fill: url(#渐变1)；不用 @import',
    guide: 'writing#图片',
  },
  'svg-declaration': {
    severity: 'error',
    message: ({ what, name }: SvgDeclaration) =>
      what === 'entity'
        ? `SVG 文件中的实体「&${name};」没有定义：XML 只认得自带的五个实体`
        : what === 'stylesheet'
          ? 'SVG 文件中不允许 <?xml-stylesheet?>：它用另一个文件改写整张图片，可以加入脚本'
          : 'SVG 文件中不允许 <!DOCTYPE> 里的声明（[ ] 中的部分）：实体能把一个名字展开成脚本或巨大的内容',
    hint: ({ what }: SvgDeclaration) =>
      what === 'entity'
        ? '&amp; &lt; &gt; &quot; &apos; 或数字写法 &#160;'
        : '删去这一声明；在绘图软件中另存为「普通 SVG」',
    guide: 'writing#图片',
  },
  'svg-unreadable': {
    severity: 'error',
    message: ({ reason }: { reason: SvgUnreadable }) =>
      `无法检查这个 SVG 文件：${
        {
          encoding: '它不是 UTF-8 编码的文本',
          tag: '这里的标签不是正确的 XML（属性值要加引号，< 要写成 &lt;）',
          comment: '注释没有结束（缺少 -->）',
          cdata: 'CDATA 没有结束（缺少 ]]>）',
          pi: '<? 没有结束（缺少 ?>）',
          doctype: '<!DOCTYPE 没有结束',
        }[reason]
      }，不能确认其中没有脚本`,
    hint: '在绘图软件中重新导出为 UTF-8 编码的「普通 SVG」',
    guide: 'writing#图片',
  },
} as const satisfies Record<string, IssueDefinition>;
