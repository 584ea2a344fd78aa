/**
 * 评估卡录入 (issue 18): the secretary counts the paper evaluation cards of one module and types
 * the tallies in: how many cards, the overall line (很满意 … 不满意) and each of the five
 * indicators (好 … 差). A tally that no pile of cards can give is refused with the reason, so a
 * typo never reaches the report: a card marks at most one level per line, so each line's counts
 * add up to at most the number of cards (a card may leave a line empty).
 */
import {
  INDICATOR_LEVELS,
  INDICATORS,
  levelsTotal,
  SATISFACTION_LEVELS,
  type Levels,
} from '../evaluation/levels.ts';
import type { ModuleEvaluation } from '../evaluation/module-evaluation.ts';
import type { PublishedPath } from '../progress/published-types.ts';
import type { Ledger } from './ledger-state.ts';

/** More cards than this for one module of one branch is a slip of the keyboard. */
export const MAX_CARDS = 100_000;

const isCount = (value: number) => Number.isInteger(value) && value >= 0 && value <= MAX_CARDS;

function checkLine(label: string, names: readonly string[], levels: Levels, cards: number): string[] {
  const bad = levels.flatMap((count, i) => (isCount(count) ? [] : [`「${label}·${names[i]}」`]));
  if (bad.length) return [`${bad.join('、')}应为 0 到 ${MAX_CARDS} 之间的整数。`];
  const total = levelsTotal(levels);
  return total > cards
    ? [`「${label}」四档合计 ${total} 张，多于评估卡 ${cards} 张；每张卡每一项只能选一档。`]
    : [];
}

/** Every reason the tally is impossible, in Chinese; empty when it can be recorded. */
export function checkCardTally(tally: ModuleEvaluation): string[] {
  if (!isCount(tally.cards)) return [`${tally.module}：评估卡张数应为 0 到 ${MAX_CARDS} 之间的整数。`];
  const problems = [
    ...checkLine('总体评价', SATISFACTION_LEVELS, tally.levels, tally.cards),
    ...INDICATORS.flatMap(({ id, label }) =>
      checkLine(label, INDICATOR_LEVELS, tally.indicators[id], tally.cards),
    ),
  ];
  return problems.map((problem) => `${tally.module}：${problem}`);
}

/** The cards with `tally` in place of the module's old tally (none when it counts no card), by module. */
export function setCardTally(
  cards: readonly ModuleEvaluation[],
  tally: ModuleEvaluation,
): ModuleEvaluation[] {
  const others = cards.filter((card) => card.module !== tally.module);
  const list = tally.cards > 0 ? [...others, tally] : others;
  return list.sort((a, b) => (a.module < b.module ? -1 : a.module > b.module ? 1 : 0));
}

/**
 * The modules a card can be entered for: every required module of the plan versions the ledger
 * keeps, by code, each with its title; a module already tallied stays listed even if a plan
 * dropped it, so its tally can still be corrected.
 */
export function cardModules(
  ledger: Pick<Ledger, 'groups' | 'cards'>,
  paths: Readonly<Record<string, PublishedPath>>,
): { code: string; title: string }[] {
  const titles = new Map<string, string>();
  for (const group of Object.values(ledger.groups)) {
    const plan = paths[group.id]?.plans.find((p) => p.version === group.planVersion);
    for (const module of plan?.modules ?? []) titles.set(module.code, module.title);
  }
  for (const card of ledger.cards) if (!titles.has(card.module)) titles.set(card.module, '');
  return [...titles]
    .map(([code, title]) => ({ code, title }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
