import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS } from '../../../schemas/taxonomy-kinds.ts';
import { TEXT_LIMITS } from '../../../schemas/text-field.ts';

/**
 * What a lecturer may write in each module field: the `(允许: …)` part of a schema message and
 * the hover text in the editor. Taxonomy fields follow the kinds table.
 */
export const fieldHints: Record<string, string> = {
  code: '2–4 个大写字母、连字符和 3 位数字，如 DX-012',
  hours: '大于 0 的数字，可以是小数，如 1.5',
  updated: 'YYYY-MM-DD 格式的真实日期，如 2026-03-15',
  status: 'draft, published',
  title: `非空文本，最多 ${TEXT_LIMITS.title} 个字，不含表情符号和看不见的字符`,
  summary: `非空文本，最多 ${TEXT_LIMITS.summary} 个字，不含表情符号和看不见的字符`,
  keywords: '最多 12 个搜索词的列表，每个不超过 20 个字，如 [三会一课, 主题党日]',
  objectives: '至少一条学习目标的列表',
  discussion: '研讨题列表',
  prerequisites: '模块编号列表，如 [DX-001]',
  materials: '文本列表',
  lecturer: '非空文本：授课人 id 或名称',
  venues: '外训基地 id 列表，如 [jinggangshan]',
  reviewBy: 'YYYY-MM-DD 格式的真实日期，如 2027-06-30；可以不写',
  ...Object.fromEntries(
    TAXONOMY_KIND_IDS.filter((kind) => TAXONOMY_KINDS[kind].many).map((kind) => [
      TAXONOMY_KINDS[kind].field,
      `${TAXONOMY_KINDS[kind].label} id 列表`,
    ]),
  ),
};
