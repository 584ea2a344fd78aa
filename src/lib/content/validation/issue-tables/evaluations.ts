import type { IssueDefinition } from './definition.ts';

const GUIDE = 'plans#培训评估文件';

/**
 * Problems in the organizer's yearly evaluation aggregate (content/evaluations/<year>.yaml),
 * checked in ../evaluation-checks.ts. The file is committed to the repository, so beside wrong
 * counts the check refuses anything that would put a person into it.
 */
export const EVALUATIONS_ISSUES = {
  'evaluation-file-name': {
    severity: 'error',
    message: () => '评估文件名应为评估年份，如 2026.yaml',
    hint: 'content/evaluations/<年份>.yaml',
    guide: GUIDE,
  },
  'evaluation-year-mismatch': {
    severity: 'error',
    message: ({ fileYear, year }: { fileYear: number; year: number }) =>
      `文件名是 ${fileYear} 年，文件里的 year 却是 ${year}`,
    hint: ({ fileYear, year }: { fileYear: number; year: number }) =>
      `year: ${fileYear}，或把文件改名为 ${year}.yaml`,
    guide: GUIDE,
  },
  'evaluation-personal-field': {
    severity: 'error',
    message: ({ key }: { key: string; known: string }) =>
      `字段「${key}」像是姓名或名单：评估文件会提交到仓库、随网站构建，只能有人数，不能有任何人的姓名或个人信息`,
    hint: ({ known }: { known: string }) => `删除这个字段；这一层只能写 ${known}`,
    guide: GUIDE,
  },
  'evaluation-field-unknown': {
    severity: 'error',
    message: ({ key, meant }: { key: string; meant: string | undefined; known: string }) =>
      `未知字段「${key}」${meant ? `，是不是想写 ${meant}？` : ''}`,
    hint: ({ known }: { known: string }) => known,
    guide: GUIDE,
  },
  'evaluation-field-missing': {
    severity: 'error',
    message: () => '缺少必填字段',
    hint: ({ hint }: { hint: string }) => hint,
    guide: GUIDE,
  },
  'evaluation-field-invalid': {
    severity: 'error',
    message: ({ actual }: { actual: string; hint: string }) => `取值${actual}无效`,
    hint: ({ hint }: { hint: string }) => hint,
    guide: GUIDE,
  },
  'evaluation-count': {
    severity: 'error',
    message: ({ actual }: { actual: string }) => `人数应为 0 或正整数，实际是${actual}`,
    hint: '0 或正整数，如 12；只写人数，不写百分比',
    guide: GUIDE,
  },
  'evaluation-levels': {
    severity: 'error',
    message: ({ actual }: { actual: string; hint: string }) => `应为四档人数的列表，实际是${actual}`,
    hint: ({ hint }: { hint: string }) => hint,
    guide: GUIDE,
  },
  'evaluation-indicator-missing': {
    severity: 'error',
    message: ({ id, label }: { id: string; label: string; all: string }) => `缺少指标 ${id}（${label}）`,
    hint: ({ all }: { all: string }) => `indicators 要么不写，要么五项都写：${all}`,
    guide: GUIDE,
  },
  'evaluation-indicator-over': {
    severity: 'error',
    message: ({ id, label, total, cards }: { id: string; label: string; total: number; cards: number }) =>
      `指标 ${id}（${label}）四档共 ${total} 人，超过评估卡张数 cards: ${cards}`,
    hint: '每个指标四档人数之和不超过 cards（收回的纸质评估卡张数；没写 cards 时为 0）',
    guide: GUIDE,
  },
  'evaluation-module-unknown': {
    severity: 'warning',
    message: ({ code }: { code: string }) => `模块「${code}」不存在，这一行的评估结果不会显示在任何页面上`,
    hint: 'content/modules/ 中的模块编号；已删除的模块可以留着这一行作为历史记录',
    guide: GUIDE,
  },
  'evaluation-module-repeated': {
    severity: 'error',
    message: ({ code, line }: { code: string; line: number }) => `模块「${code}」在第 ${line} 行已经列过`,
    hint: '每个模块只列一次：把同一模块的人数加起来写成一行',
    guide: GUIDE,
  },
  'evaluation-topic-unknown': {
    severity: 'error',
    message: ({ topic }: { topic: string; known: string }) => `专题「${topic}」不存在`,
    hint: ({ known }: { known: string }) => known,
    guide: GUIDE,
  },
  'evaluation-topic-over': {
    severity: 'error',
    message: ({ topic, count, respondents }: { topic: string; count: number; respondents: number }) =>
      `专题「${topic}」有 ${count} 人选择，超过回答人数 respondents: ${respondents}`,
    hint: '每个专题的人数不超过 respondents（每人每个专题最多算一次）',
    guide: GUIDE,
  },
} as const satisfies Record<string, IssueDefinition>;
