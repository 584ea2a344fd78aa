import { fieldHints } from '../field-hints.ts';
import type { StrayReason } from '../../files/file-set.ts';
import { STRAY_MESSAGES, tooSmallMessage, type FieldHint, type TooSmall } from '../issue-facts.ts';
import type { IssueDefinition } from './definition.ts';
import { PUBLIC_FILE_TYPES } from '../../files/public-file-types.ts';

const PUBLIC_FILE_TYPE_LIST = PUBLIC_FILE_TYPES.map((type) => `.${type}`).join(' ');

/** Problems with a file itself: its encoding, size and place, its YAML, and its fields against the schema. */
export const FRONTMATTER_ISSUES = {
  'yaml-syntax': {
    severity: 'error',
    message: ({ detail }: { detail: string }) => `YAML 格式错误：${detail}`,
    hint: '键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'frontmatter-missing': {
    severity: 'error',
    message: () => '文件开头缺少以 --- 包围的 frontmatter',
    hint: '以 --- 开始和结束的 YAML 块',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-missing': {
    severity: 'error',
    message: () => '缺少必填字段',
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-type': {
    severity: 'error',
    message: ({ expected, actual }: { expected: string; actual: string } & FieldHint) =>
      `类型应为${expected}，实际是${actual}`,
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-value': {
    severity: 'error',
    message: ({ value }: { value: string } & FieldHint) => `取值「${value}」无效`,
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-format': {
    severity: 'error',
    message: ({ value }: { value: string } & FieldHint) => `格式不正确：「${value}」`,
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-too-small': {
    severity: 'error',
    message: (limit: TooSmall & FieldHint) => tooSmallMessage(limit),
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-unknown': {
    severity: 'error',
    message: ({ key, meant }: { key: string; meant: string | undefined; known: readonly string[] }) =>
      `未知字段「${key}」${meant ? `，是不是想写 ${meant}？` : ''}`,
    hint: ({ known }: { known: readonly string[] }) => known.join(', '),
    guide: 'writing#frontmatter模块的基本信息',
  },
  'date-invalid': {
    severity: 'error',
    message: ({ value }: { value: string }) => `日期无效：「${value}」`,
    hint: () => fieldHints.updated,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'yaml-tag': {
    severity: 'error',
    message: ({ tag }: { tag: string }) => `不允许 YAML 标签「${tag}」：构建无法读取它`,
    hint: '直接写值；需要以 ! 开头的文字时加引号，如 "!重要"',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'yaml-alias': {
    severity: 'error',
    message: ({ count }: { count: number }) =>
      `不允许 YAML 锚点（&）和别名（*）（共 ${count} 处，这是第一处）：它们能把几行文字展开成巨大的数据`,
    hint: '把内容直接写出来；需要以 & 或 * 开头的文字时加引号',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'yaml-too-large': {
    severity: 'error',
    message: ({ kb, limit }: { kb: number; limit: number }) =>
      `YAML 有 ${kb} KB，超过上限 ${limit} KB：检查程序不读取这么大的 YAML`,
    hint: ({ limit }: { kb: number; limit: number }) =>
      `不超过 ${limit} KB；长篇内容写在正文中，计划只列本年度的模块`,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'file-symlink': {
    severity: 'error',
    message: () => '这是一个符号链接（symlink）：内容检查不读链接，网站却会发布它指向的文件',
    hint: '把文件本身放进 content/ 中，删除链接',
    guide: 'check-and-preview',
  },
  'file-stray': {
    severity: 'warning',
    message: ({ reason }: { reason: StrayReason; rename: string | undefined }) => STRAY_MESSAGES[reason],
    hint: ({ rename }: { rename: string | undefined }) =>
      rename ? `改名为 ${rename}` : '模块放在 content/modules/，网站页面放在 content/pages/',
    guide: 'check-and-preview',
  },
  'file-bom': {
    severity: 'error',
    message: () => '文件以 BOM（字节顺序标记）开头：构建会读不出 frontmatter',
    hint: '用「UTF-8」而不是「UTF-8 with BOM」保存（VS Code 右下角的编码 → 通过编码保存）',
    guide: 'check-and-preview',
  },
  'file-encoding': {
    severity: 'error',
    message: () => '这一行有无法识别的字符：文件不是有效的 UTF-8 编码',
    hint: '用 UTF-8 编码重新保存（VS Code 右下角的编码 → 通过编码重新打开 GB 18030，再通过编码保存 UTF-8）',
    guide: 'check-and-preview',
  },
  'file-large': {
    severity: 'warning',
    message: ({ kb, limit }: { kb: number; limit: number }) =>
      `文件有 ${kb} KB，超过 ${limit} KB：党员在手机上打开会很慢，构建和打印学习包也会明显变慢`,
    hint: '把内容拆成几个模块，或把长篇原文作为附件链接',
    guide: 'check-and-preview',
  },
  'file-too-large': {
    severity: 'error',
    message: ({ kb, limit }: { kb: number; limit: number }) =>
      `文件有 ${kb} KB，超过上限 ${limit} KB：手机上几乎打不开这样的页面，构建要多花几分钟`,
    hint: '把内容拆成几个模块，或把长篇原文作为附件链接',
    guide: 'check-and-preview',
  },
  'public-file-type': {
    severity: 'error',
    message: ({ extension }: { extension: string }) =>
      `public/ 中的文件类型${extension ? `「.${extension}」` : '（没有扩展名）'}不允许：这里的文件原样发布到网站上，打开时能在本站运行脚本，读取本站保存在浏览器里的学习记录`,
    hint: () => `图片、字体和文本文件：${PUBLIC_FILE_TYPE_LIST}；网页内容写成 content/pages/ 中的页面`,
    guide: 'check-and-preview',
  },
  'file-unreadable': {
    severity: 'error',
    message: ({ detail }: { detail: string }) => `无法读取文件：${detail}`,
    guide: 'taxonomy',
  },
  'page-title-missing': {
    severity: 'error',
    message: () => '网站页面缺少 title',
    hint: 'frontmatter 中写 title: 页面标题',
    guide: 'check-and-preview',
  },
  'page-field-refused': {
    severity: 'error',
    message: ({ key }: { key: string }) =>
      `页面 frontmatter 中的 ${key} 会把原样的 HTML 或脚本放进页面，不允许`,
    hint: '删去这一项；页面的样子由网站统一决定，正文中可用的 HTML 见授课人指南',
    guide: 'writing#正文里能写哪些-html',
  },
} as const satisfies Record<string, IssueDefinition>;
