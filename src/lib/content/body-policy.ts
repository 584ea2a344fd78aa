/**
 * The body policy: what a lecturer may write in the body of a module or guide page besides
 * Markdown and the project's own components. The site is published under a party organization's
 * name from pull requests anyone can open, so everything not listed here is refused by the
 * content check before it can reach a page. The checker (`validation/body-policy.ts`), its
 * documentation (docs/checker.md) and the guide's writing page all read or cite this one table.
 */
import { MDX_COMPONENT_NAMES } from './mdx-components.ts';

/**
 * Raw HTML elements a body may use, each with the attributes it may carry besides
 * `GLOBAL_ATTRIBUTES`. Enough for real lessons: tables, images with alt text, folding answers,
 * ruby annotations for rare characters, footnote-like sup/sub. No `style` or `class`: the look of
 * a lesson is the site's, and the same markup must print.
 */
export const ALLOWED_ELEMENTS = {
  p: [],
  br: [],
  hr: [],
  strong: [],
  em: [],
  b: [],
  i: [],
  u: [],
  s: [],
  del: [],
  ins: [],
  mark: [],
  small: [],
  sub: [],
  sup: [],
  abbr: [],
  kbd: [],
  code: [],
  pre: [],
  blockquote: [],
  span: [],
  div: [],
  h2: [],
  h3: [],
  h4: [],
  ul: [],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  dl: [],
  dt: [],
  dd: [],
  table: [],
  caption: [],
  thead: [],
  tbody: [],
  tfoot: [],
  tr: [],
  th: ['colspan', 'colSpan', 'rowspan', 'rowSpan', 'scope', 'align'],
  td: ['colspan', 'colSpan', 'rowspan', 'rowSpan', 'align'],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  a: ['href', 'target', 'rel'],
  details: ['open'],
  summary: [],
  figure: [],
  figcaption: [],
  ruby: [],
  rt: [],
  rp: [],
  time: ['datetime', 'dateTime'],
} as const satisfies Record<string, readonly string[]>;

export type AllowedElement = keyof typeof ALLOWED_ELEMENTS;

/** Attributes every allowed element may carry: none of them can run code or load anything. */
export const GLOBAL_ATTRIBUTES = ['id', 'title', 'lang', 'dir'] as const;

/**
 * Elements that are refused with their reason: the ones a lecturer might plausibly paste from
 * another site. Any other element not in `ALLOWED_ELEMENTS` is refused too, with a general reason.
 */
export const REFUSED_ELEMENTS = {
  script: '会在党员的浏览器中运行代码',
  iframe: '会把其他网站嵌进页面',
  object: '会加载外部插件或文件',
  embed: '会加载外部插件或文件',
  form: '会把党员填写的内容提交到别处',
  input: '表单控件只能由网站的组件提供',
  button: '按钮只能由网站的组件提供',
  style: '会改变整个网站的样式',
  link: '会加载外部样式或资源',
  meta: '会改变页面的元信息或让页面跳转',
  base: '会让页面上所有相对链接指向别处',
  svg: '可以携带脚本',
  math: '可以携带脚本',
  video: '视频请放在附件或外部平台，用链接给出',
  audio: '音频请放在附件或外部平台，用链接给出',
} as const satisfies Record<string, string>;

/** URL schemes a link (`[…](…)`, `[…]: …`, `<a href>`) may use; relative URLs and `#anchors` always may. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/**
 * URL schemes an image (`![…](…)`, `<img src>`) may use: none. Images live in the repository, so
 * a member's phone never asks another site for them; `data:` can hide anything. An http(s) or
 * `//host` image is refused as an image on another site (`validation/url-policy.ts`), with why
 * it must be copied in.
 */
export const IMAGE_SCHEMES = [] as const;

/**
 * Attribute and prop names (lower case) whose value a browser or a component treats as a URL,
 * and whether it is judged as a link or as an image. Only `href` on `a` and `src` on `img` are
 * allowed HTML attributes; the others matter for components, which may pass a prop on to HTML.
 */
export const URL_ATTRIBUTES: Readonly<Record<string, 'link' | 'image'>> = {
  href: 'link',
  'xlink:href': 'link',
  xlinkhref: 'link',
  action: 'link',
  formaction: 'link',
  cite: 'link',
  longdesc: 'link',
  ping: 'link',
  manifest: 'link',
  codebase: 'link',
  archive: 'link',
  usemap: 'link',
  src: 'image',
  srcset: 'image',
  poster: 'image',
  data: 'image',
  background: 'image',
  lowsrc: 'image',
  dynsrc: 'image',
  icon: 'image',
};

/**
 * `rel` tokens a link may carry: they only withhold something from the opened page. Anything
 * else is refused, `opener` first: it hands the opened page a handle on this one.
 */
export const REL_VALUES = ['noopener', 'noreferrer', 'nofollow', 'external', 'ugc', 'sponsored'] as const;

/**
 * Where `import` may point: the project's own Astro components (guide pages show them, see
 * content/pages/guide/components.mdx). Module bodies need no imports at all: the components of
 * `MDX_COMPONENTS` are given to every module. Exports are always refused.
 */
export const IMPORTABLE = { folder: 'src/components/', extension: '.astro' } as const;

/**
 * Props a project component never receives from a body: event handlers, raw-HTML setters and
 * Astro directives (`set:html`, `client:load`, any name with a colon).
 */
export function isRefusedProp(name: string): boolean {
  return (
    /^on/i.test(name) || name.includes(':') || /^(dangerouslySetInnerHTML|innerHTML|outerHTML)$/i.test(name)
  );
}

/** The scheme of a URL as a browser reads it (references, controls, case), if any. */
export { urlScheme } from '../security/url.ts';

/** The allowed list as a lecturer reads it in a check message. */
export function allowedElementsHint(): string {
  return `HTML 标签 ${Object.keys(ALLOWED_ELEMENTS).join(', ')}；组件 ${MDX_COMPONENT_NAMES.join(', ')}`;
}
