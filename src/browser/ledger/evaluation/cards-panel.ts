/**
 * 评估卡录入: after a session the secretary collects the paper evaluation cards, counts them per
 * module and types in the tallies: how many cards, the overall line (很满意 … 不满意) and each of
 * the five indicators (好 … 差). An impossible tally is refused with the reason (cards.ts); 0 cards
 * removes the module's tally. The 培训评估汇总 adds these to the members' phone ratings.
 */
import {
  INDICATOR_LEVELS,
  INDICATORS,
  levelsTotal,
  SATISFACTION_LEVELS,
  satisfactionRate,
  type Levels,
} from '../../../lib/evaluation/levels.ts';
import { emptyModuleEvaluation, type ModuleEvaluation } from '../../../lib/evaluation/module-evaluation.ts';
import { cardModules, checkCardTally, setCardTally } from '../../../lib/ledger/cards.ts';
import { changeLedger, type Ledger } from '../../../lib/ledger/ledger-state.ts';
import type { LedgerPageData } from '../../../lib/ledger/page-data.ts';
import { escapeHtml } from '../../../lib/security/escape/html.ts';
import type { LedgerController } from '../ledger-controller.ts';
import { CONFLICT, countField, readCount, showBody, showProblems } from './form-parts.ts';

/** The lines of the card: the overall one, then the five indicators, with their levels. */
const LINES = [
  { id: 'levels', label: '总体评价', levels: SATISFACTION_LEVELS },
  ...INDICATORS.map(({ id, label }) => ({ id, label, levels: INDICATOR_LEVELS })),
];

const line = ({ id, label, levels }: (typeof LINES)[number]) =>
  `<fieldset class="cm-eval__line"><legend>${label}</legend>` +
  levels.map((level, i) => countField(`card-${id}-${i}`, `${id}-${i}`, level)).join('') +
  '</fieldset>';

const FORM = `
<p>收回纸质评估卡后，按模块清点，填入评估卡张数和每一项各档的张数（空着算 0）。每张卡每一项只能选一档，所以一项的各档合计不能多于评估卡张数；有的卡没填某一项时可以少于张数。张数填 0 并保存，即删除这个模块的统计。</p>
<form class="cm-eval__form" data-card-form novalidate>
  <p class="cm-ledger-field"><label for="card-module">模块</label>
  <select id="card-module" name="module" data-card-module></select></p>
  <p class="cm-ledger-field">${countField('card-count', 'cards', '评估卡张数')}</p>
  ${LINES.map(line).join('')}
  <p class="cm-ledger-actions"><button type="submit">保存评估卡统计</button></p>
</form>
<div class="cm-ledger-problems" data-card-problems role="alert" hidden></div>
<p class="cm-ledger-status" data-card-status aria-live="polite"></p>
<h3 id="card-list-heading">已录入的评估卡</h3>
<ul class="cm-eval__list" aria-labelledby="card-list-heading" data-card-list></ul>`;

export function startCardsPanel(
  panel: HTMLElement,
  controller: LedgerController,
  data: LedgerPageData,
): void {
  const body = panel.querySelector<HTMLElement>('[data-ledger-body]')!;
  body.innerHTML = FORM;
  const $ = <T extends HTMLElement>(selector: string) => body.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('[data-card-form]');
  const input = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
  const moduleSelect = $<HTMLSelectElement>('[data-card-module]');
  const problems = $('[data-card-problems]');
  const status = $('[data-card-status]');
  let modulesKey = '';

  const levelsOf = (id: string): Levels => [0, 1, 2, 3].map((i) => readCount(input(`${id}-${i}`))) as Levels;
  const fill = (tally: ModuleEvaluation | undefined) => {
    const show = (n: number | undefined) => (n ? String(n) : '');
    input('cards').value = show(tally?.cards);
    for (const { id } of LINES) {
      const levels =
        id === 'levels' ? tally?.levels : tally?.indicators[id as keyof ModuleEvaluation['indicators']];
      for (let i = 0; i < 4; i++) input(`${id}-${i}`).value = show(levels?.[i]);
    }
  };

  function render(ledger: Ledger | undefined) {
    if (!showBody(panel, ledger)) return;
    const modules = cardModules(ledger, data.paths);
    const key = modules.map((m) => m.code).join();
    if (key !== modulesKey) {
      modulesKey = key;
      const chosen = moduleSelect.value;
      moduleSelect.innerHTML = modules
        .map(
          (m) =>
            `<option value="${escapeHtml(m.code)}">${escapeHtml(`${m.code} ${m.title}`.trim())}</option>`,
        )
        .join('');
      if (modules.some((m) => m.code === chosen)) moduleSelect.value = chosen;
      else fill(ledger.cards.find((c) => c.module === moduleSelect.value));
    }
    $('[data-card-list]').innerHTML = ledger.cards.length
      ? ledger.cards.map(cardItem).join('')
      : '<li>还没有录入评估卡。</li>';
  }

  const cardItem = (card: ModuleEvaluation) => {
    const rate = satisfactionRate(card.levels);
    const overall = rate === undefined ? '未填总体评价' : `总体满意率 ${rate.toFixed(1)}%`;
    return `<li>${escapeHtml(`${card.module}：${card.cards} 张，总体评价 ${levelsTotal(card.levels)} 张，${overall}`)}</li>`;
  };

  moduleSelect.addEventListener('change', () => {
    fill(controller.ledger?.cards.find((c) => c.module === moduleSelect.value));
    showProblems(problems, []);
    status.textContent = '';
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const module = moduleSelect.value;
    if (!module || !controller.ledger) return;
    const tally: ModuleEvaluation = {
      ...emptyModuleEvaluation(module),
      cards: readCount(input('cards')),
      levels: levelsOf('levels'),
      indicators: Object.fromEntries(
        INDICATORS.map(({ id }) => [id, levelsOf(id)]),
      ) as ModuleEvaluation['indicators'],
    };
    const found = checkCardTally(tally);
    showProblems(problems, found);
    if (found.length) {
      status.textContent = '';
      return;
    }
    void controller
      .update((current) => changeLedger(current, { cards: setCardTally(current.cards, tally) }))
      .then((saved) => {
        status.textContent = !saved
          ? CONFLICT
          : tally.cards > 0
            ? `已保存 ${module} 的 ${tally.cards} 张评估卡。`
            : `已删除 ${module} 的评估卡统计。`;
      });
  });

  controller.subscribe(render);
}
