import { z } from 'astro/zod';
import { ModuleSchema } from '../../../schemas/module.ts';
import {
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  type Taxonomy,
  type TaxonomyField,
} from '../../../schemas/taxonomy-kinds.ts';
import { fieldHints } from '../validation/field-hints.ts';

type Field = keyof typeof ModuleSchema.shape;

/** What each frontmatter field is for, in Chinese: the hover text in VS Code. */
const FIELD_LABELS: Record<Field, string> = {
  title: '课程标题，党员在页面上看到的名称',
  code: '模块编号，唯一且永不复用，是二维码永久链接的依据',
  summary: '一到两句话的简介，用于卡片、搜索结果和学习包封面',
  keywords: '搜索词（可不写）：党员会搜、应当首先找到本课的词，如固定说法、地名和企业名；不在页面上显示',
  // Taxonomy fields say what the kinds table says: the kind's name and how to fill it in.
  ...(Object.fromEntries(
    TAXONOMY_KIND_IDS.map((kind) => {
      const { field, label, note } = TAXONOMY_KINDS[kind];
      return [field, `${label}（${note.replace(/。$/, '')}）`];
    }),
  ) as Record<TaxonomyField, string>),
  hours: '学时',
  lecturer:
    '授课人（可不写）：师资库里的授课人写 id（content/lecturers/ 的文件名），外请授课人或授课单位写名称',
  venues: '外训基地 id 列表（可不写），如 [jinggangshan]；用于现场教学、红色教育等实践类形式的模块',
  objectives: '学习目标：学完后党员能够做到什么',
  discussion: '研讨题（可不写）',
  prerequisites: '建议先学的模块编号（可不写）',
  materials: '学习材料（可不写）',
  updated: '最近一次实质修改的日期',
  reviewBy: '下一次复核内容的日期（可不写）；过期后 npm run check 会提醒',
  status: 'draft 草稿（正式网站不显示）或 published 已发布',
};

/**
 * The module schema with editor hints: a Chinese description on every field and the taxonomy's
 * ids as choices, each labelled with its Chinese name. Astro writes this into
 * .astro/collections/modules.schema.json, which the Astro VS Code extension uses for frontmatter
 * completion and validation. Validation itself is unchanged: `meta` only annotates, and unknown
 * ids keep getting the checker's located Chinese message.
 */
export function withEditorHints(taxonomy: Taxonomy) {
  const describe = <T extends z.ZodType>(field: Field, schema: T) => {
    const hint = fieldHints[field];
    return schema.meta({ description: hint ? `${FIELD_LABELS[field]}。允许：${hint}` : FIELD_LABELS[field] });
  };
  const choice = (terms: { id: string; name: string; description: string }[]) =>
    z.string().meta({
      enum: terms.map((term) => term.id),
      markdownEnumDescriptions: terms.map((term) => `**${term.name}**：${term.description}`),
    });
  const shape = Object.fromEntries(
    Object.entries(ModuleSchema.shape).map(([field, schema]) => [field, describe(field as Field, schema)]),
  ) as typeof ModuleSchema.shape;
  const choices = Object.fromEntries(
    TAXONOMY_KIND_IDS.map((kind) => {
      const { field, many, required } = TAXONOMY_KINDS[kind];
      const ids = many ? z.array(choice(taxonomy[kind])).min(1) : choice(taxonomy[kind]);
      return [field, describe(field, required ? ids : ids.optional())];
    }),
  ) as Partial<typeof ModuleSchema.shape>;
  return ModuleSchema.extend({ ...shape, ...choices });
}
