/**
 * What became of each code, grouped by outcome, each group with its count and every code with its
 * reason in Chinese: the secretary sees at a glance that 150 were credited and which 10 were not,
 * and why. Credited codes come first and fold away when there are many; every problem stays open.
 */
import { OUTCOME_LABELS, type CodeOutcome, type OutcomeKind } from '../../../lib/ledger/match-codes.ts';
import type { RosterRow } from '../../../lib/ledger/roster-types.ts';
import { escapeHtml as escape } from '../../../lib/security/escape/html.ts';

const ORDER: readonly OutcomeKind[] = [
  'matched',
  'already',
  'superseded',
  'unmatched',
  'ambiguous',
  'other-group',
  'other-year',
  'unverifiable',
  'unbound',
  'refused',
  'damaged',
];
/** Kinds that put nothing wrong on record: shown without the warning colour. */
const FINE = new Set<OutcomeKind>(['matched', 'already', 'superseded']);
/** Above this many credited codes the list is folded, so the problems below stay in view. */
const OPEN_LIMIT = 10;

const rowLabel = (row: RosterRow) =>
  `名单第 ${row.line} 行 ${row.name}${row.number ? `（编号 ${row.number}）` : ''}`;

/** Where the code came from: its line in the pasted text, or the camera. */
export type OutcomeSource = 'paste' | 'scan';

function item(outcome: CodeOutcome, source: OutcomeSource): string {
  const where = source === 'paste' ? `粘贴内容第 ${outcome.found.line} 行` : '扫码';
  const who = outcome.rows.map(rowLabel).join('、');
  const hours = outcome.matched
    ? `：已学 ${outcome.matched.modules.length} 个模块，${outcome.matched.hours} 学时`
    : '';
  return (
    `<li data-kind="${outcome.kind}">` +
    `<span class="cm-outcome__who">${escape(who ? `${who}${hours}` : where)}</span>` +
    (who ? ` <span class="cm-outcome__where">（${escape(where)}）</span>` : '') +
    `<br><code class="cm-outcome__code">${escape(outcome.found.code)}</code>` +
    (outcome.reason ? `<span class="cm-outcome__reason">${escape(outcome.reason)}</span>` : '') +
    '</li>'
  );
}

/** One sentence: how many codes were found and what became of them. */
export function outcomeSummary(outcomes: readonly CodeOutcome[]): string {
  if (outcomes.length === 0) return '没有找到完成码。完成码是四个一组、用短横线连接的字母和数字。';
  const parts = ORDER.map((kind) => [kind, outcomes.filter((o) => o.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${OUTCOME_LABELS[kind]} ${count} 个`);
  return `找到 ${outcomes.length} 个完成码：${parts.join('，')}。`;
}

export function renderOutcomes(outcomes: readonly CodeOutcome[], source: OutcomeSource): string {
  const groups = ORDER.map((kind) => [kind, outcomes.filter((o) => o.kind === kind)] as const).filter(
    ([, list]) => list.length > 0,
  );
  const sections = groups.map(([kind, list]) => {
    const open = kind !== 'matched' || list.length <= OPEN_LIMIT ? ' open' : '';
    const tone = FINE.has(kind) ? 'cm-ok' : 'cm-short';
    return (
      `<details class="cm-outcome" data-outcome="${kind}" data-count="${list.length}"${open}>` +
      `<summary class="${tone}">${OUTCOME_LABELS[kind]}（${list.length} 个）</summary>` +
      `<ol class="cm-outcome__list">${list.map((o) => item(o, source)).join('')}</ol></details>`
    );
  });
  return `<p class="cm-outcome__summary" data-outcome-summary>${escape(outcomeSummary(outcomes))}</p>${sections.join('')}`;
}
