import { allowedElementsHint } from '../../body-policy.ts';
import {
  imageMissingHint,
  type AnchorMissing,
  type ImageMissing,
  type LinkMalformed,
} from '../issue-facts.ts';
import type { IssueDefinition } from './definition.ts';

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
} as const satisfies Record<string, IssueDefinition>;
