import type { FieldHint } from '../issue-facts.ts';
import type { IssueDefinition } from './definition.ts';

/** A character nobody can see, named by code point (`U+202E（从右到左覆盖）`) and its place in the value. */
interface HiddenCharacter {
  character: string;
  /** 1-based position among the value's characters. */
  position: number;
  bidi: boolean;
}

/** Problems with the text of titles, summaries and names: what members read and what packs print. */
export const TEXT_ISSUES = {
  'text-invisible': {
    severity: 'error',
    message: ({ character, position, bidi }: HiddenCharacter) =>
      `第 ${position} 个字符是看不见的 ${character}：${bidi ? '它会改变文字的显示顺序，网页和学习包上读到的与原文不同' : '网页和学习包上都看不见它，搜索和复制却会带上它'}`,
    hint: '只写看得见的文字；从网页或文档复制来的文字常带有这类字符，删去这一处后重新输入',
    guide: 'writing#frontmatter模块的基本信息',
  },
  'text-blank': {
    severity: 'error',
    message: ({ character }: { character: string | undefined } & FieldHint) =>
      character
        ? `只有空白和看不见的字符 ${character}：党员看到的是一片空白`
        : '是空的或只有空白：党员看到的是一片空白',
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'text-too-long': {
    severity: 'error',
    message: ({ length, max }: { length: number; max: number }) =>
      `有 ${length} 个字，超过上限 ${max} 个字：学习包封面和卡片放不下`,
    hint: ({ max }: { length: number; max: number }) => `不超过 ${max} 个字；更多内容写进 summary 或正文`,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'text-unprintable': {
    severity: 'error',
    message: ({ character, codePoint }: { character: string; codePoint: string; font: string }) =>
      `「${character}」（${codePoint}）无法打印：学习包 PDF 的字体没有这个字符，会印成方框`,
    hint: ({ font }: { font: string }) => `${font}中有的文字和符号；表情符号等换成文字，如「👍」写成「点赞」`,
    guide: 'writing#frontmatter模块的基本信息',
  },
  'field-invisible': {
    severity: 'error',
    message: ({
      value,
      character,
      position,
    }: { value: string } & Omit<HiddenCharacter, 'bidi'> & FieldHint) =>
      `「${value}」的第 ${position} 个字符是看不见的 ${character}，所以格式不对`,
    hint: ({ hint }: FieldHint) => hint,
    guide: 'writing#frontmatter模块的基本信息',
  },
} as const satisfies Record<string, IssueDefinition>;
