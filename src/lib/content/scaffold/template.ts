import { stringify } from 'yaml';
import type { FormatRole } from '../../../schemas/taxonomy.ts';
import {
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  type TaxonomyField,
  type TaxonomyKind,
} from '../../../schemas/taxonomy-kinds.ts';
import { PLACEHOLDER as TODO } from '../validation/placeholders.ts';
import type { TermValues } from './chosen-kinds.ts';

/** The frontmatter values a new module starts with: its terms of every kind, keyed by module field. */
export type TemplateValues = {
  title: string;
  code: string;
  hours: number;
  /** `YYYY-MM-DD`. */
  today: string;
  /** The role of `format` in the taxonomy: members of a practice format do something, so the body offers an activity section. */
  formatRole: FormatRole;
} & TermValues<TaxonomyKind>;

/**
 * A new module: valid frontmatter (status: draft) and a body of Chinese section headings with
 * 【待填写】 where the lecturer writes. Drafts pass the check as they are; publishing one that
 * still has 【待填写】 is an error, so template text cannot reach members.
 */
export function renderModule(values: TemplateValues): string {
  const frontmatter = [
    `title: ${scalar(values.title)}`,
    `code: ${values.code}`,
    `summary: ${TODO}用一两句话说明本课讲什么、适合谁学。`,
    '# keywords: [三会一课] # 党员会搜、应当首先找到本课的词（可不写），见授课人指南「搜索词」',
    ...TAXONOMY_KIND_IDS.map((kind) => termLine(kind, values)),
    `hours: ${values.hours}`,
    '# lecturer: 授课人或授课单位（可不写）',
    'objectives:',
    `  - ${TODO}学完本课，党员能够……`,
    'discussion:',
    `  - ${TODO}供支部研讨的问题（不需要可删去这一项）`,
    'prerequisites: [] # 建议先学的模块编号，如 [LL-001]',
    'materials: []',
    `updated: ${values.today}`,
    '# reviewBy: 2027-12-31 # 内容需要定期复核时填写复核日期',
    'status: draft # 写完并检查无误后改为 published',
  ];
  const activity =
    values.formatRole === 'practice'
      ? [
          `## 三、${TODO}实践环节`,
          '',
          `<Activity title="${TODO}活动名称">`,
          '',
          `1. ${TODO}第一步做什么，用多长时间。`,
          `2. ${TODO}第二步做什么。`,
          '',
          '</Activity>',
          '',
        ]
      : [];
  const body = [
    '{/* 写作提示：把标着“待填写”的地方都换成正式内容（这条提示可以删去）。组件的用法见网站上的「授课人指南」。 */}',
    '',
    '## 导入',
    '',
    `${TODO}用一个身边的事例或问题引出本课主题，说明为什么要学。`,
    '',
    `## 一、${TODO}第一部分标题`,
    '',
    `${TODO}正文。`,
    '',
    '<KeyPoints>',
    '',
    `- ${TODO}要点一`,
    `- ${TODO}要点二`,
    '',
    '</KeyPoints>',
    '',
    `## 二、${TODO}第二部分标题`,
    '',
    `${TODO}正文。讲真实案例时用 Case 组件，写法见授课人指南。`,
    '',
    ...activity,
    '## 小结',
    '',
    `${TODO}用两三句话回顾本课要点，提出课后要求。`,
    '',
    '<LecturerNote>',
    '',
    `${TODO}给授课人的提示：时间分配、组织方式、注意事项。这段内容不会出现在党员看到的页面上。`,
    '',
    '</LecturerNote>',
  ];
  return `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n')}\n`;
}

/** One kind's frontmatter line; an optional kind left out is a comment the lecturer may fill in. */
function termLine(kind: TaxonomyKind, values: TemplateValues): string {
  const { field, label, many } = TAXONOMY_KINDS[kind];
  const value = (values as { [F in TaxonomyField]?: string | readonly string[] })[field];
  if (value === undefined) return `# ${field}: ${many ? `[${label} id]` : `${label} id`}（可不写）`;
  return `${field}: ${typeof value === 'string' ? value : `[${value.join(', ')}]`}`;
}

/** A YAML scalar: plain when that reads back as the same text, quoted otherwise. */
function scalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}
