/**
 * 培训评估 (issue 18): the one home of the scales members and cards rate a module on, and of how a
 * tally becomes a percentage. Members rate a module overall on the phone (carried by the completion
 * code) and on the paper evaluation card (评估卡); the card also rates the party schools' five
 * indicators. Everything downstream (ledger, report file, rollup, `content/evaluations/<year>.yaml`,
 * /maintainers/, the lecturer edition, the printed card) reads these tables.
 */

/** Overall satisfaction, 1 = 很满意 … 4 = 不满意: the phone's rating and the card's last line. */
export const SATISFACTION_LEVELS = ['很满意', '满意', '基本满意', '不满意'] as const;

/**
 * The five indicators of the party schools' evaluation card, each rated at four levels
 * (INDICATOR_LEVELS). Ids are stable: report files and evaluation files carry them.
 */
export const INDICATORS = [
  { id: 'relevance', label: '现实针对性', prompt: '联系本单位、本岗位实际，解决实际问题' },
  { id: 'theory', label: '理论性', prompt: '观点准确，讲清道理，有理论深度' },
  { id: 'information', label: '信息量', prompt: '内容充实，案例和材料丰富、新颖' },
  { id: 'delivery', label: '语言表达', prompt: '条理清楚，通俗易懂，生动有感染力' },
  { id: 'manner', label: '教风教态', prompt: '准备充分，严谨认真，遵守培训纪律' },
] as const;

export type IndicatorId = (typeof INDICATORS)[number]['id'];
export const INDICATOR_IDS = INDICATORS.map((indicator) => indicator.id) as [IndicatorId, ...IndicatorId[]];

/** The card's four levels for each indicator, best first. */
export const INDICATOR_LEVELS = ['好', '较好', '一般', '差'] as const;

/** Counts per level, best level first: `[很满意, 满意, 基本满意, 不满意]` or `[好, 较好, 一般, 差]`. */
export type Levels = [number, number, number, number];

export const noLevels = (): Levels => [0, 0, 0, 0];

export const levelsTotal = (levels: Readonly<Levels>) => levels[0] + levels[1] + levels[2] + levels[3];

export const addLevels = (a: Readonly<Levels>, b: Readonly<Levels>): Levels => [
  a[0] + b[0],
  a[1] + b[1],
  a[2] + b[2],
  a[3] + b[3],
];

/**
 * 满意率: the share of ratings at 很满意, 满意 or 基本满意, in percent with one decimal, or
 * undefined with no rating. Seed 002 counts "满意和基本满意" together against its 80% line, so
 * only 不满意 counts against a module. For the indicators the same rule reads 好/较好/一般 against 差.
 */
export function satisfactionRate(levels: Readonly<Levels>): number | undefined {
  const total = levelsTotal(levels);
  if (total === 0) return undefined;
  return Math.round(((total - levels[3]) / total) * 1000) / 10;
}

/** The default 满意率 line below which /maintainers/ flags a module (settings: evaluation.satisfactionLine). */
export const DEFAULT_SATISFACTION_LINE = 80;
