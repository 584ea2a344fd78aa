/**
 * 培训评估汇总, beside the 学时统计: per module the members' phone ratings and the paper cards
 * together, with 满意率 against the site's line and each indicator's share, then the needs survey
 * per topic. The figures are the report file's (evaluations.ts), so the screen and the file agree.
 */
import { INDICATORS } from '../../../lib/evaluation/levels.ts';
import { cardModules } from '../../../lib/ledger/cards.ts';
import { evaluationSummary, ledgerSurvey } from '../../../lib/ledger/evaluations.ts';
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import type { LedgerPageData } from '../../../lib/ledger/page-data.ts';
import { escapeHtml } from '../../../lib/security/escape/html.ts';
import type { LedgerController } from '../ledger-controller.ts';
import { showBody } from './form-parts.ts';

const percent = (rate: number | undefined) => (rate === undefined ? '—' : `${rate.toFixed(1)}%`);
const cell = (text: string | number, num = false) =>
  `<td${num ? ' class="cm-num"' : ''}>${escapeHtml(String(text))}</td>`;

export function startEvaluationSummary(
  panel: HTMLElement,
  controller: LedgerController,
  data: LedgerPageData,
): void {
  const body = panel.querySelector<HTMLElement>('[data-ledger-body]')!;
  const line = data.satisfactionLine;
  body.innerHTML = `
<p>评价来自党员手机上的评价（随完成码带回）和纸质评估卡。满意率＝（很满意＋满意＋基本满意）÷评价人数；五项指标为评“一般”及以上的比例。满意率低于 ${line}% 的模块标“低于 ${line}%”。</p>
<p data-summary-none>还没有评价：党员在手机上评价并交完成码，或在「评估卡录入」中录入纸质评估卡后，这里显示汇总。</p>
<div class="cm-eval__scroll not-content" role="region" aria-labelledby="summary-eval-caption" tabindex="0" data-summary-region>
<table class="cm-eval__table" data-summary-evaluations>
<caption id="summary-eval-caption">各模块评价（手机评价＋纸质评估卡）</caption>
<thead><tr><th scope="col">模块</th><th scope="col">评价人数</th><th scope="col">其中评估卡</th><th scope="col">满意率</th>${INDICATORS.map((i) => `<th scope="col">${i.label}</th>`).join('')}</tr></thead>
<tbody></tbody></table></div>
<h3 id="summary-survey-heading">需求调研</h3>
<p data-summary-survey-total></p>
<ul class="cm-eval__list" aria-labelledby="summary-survey-heading" data-summary-survey></ul>`;
  const $ = <T extends HTMLElement>(selector: string) => body.querySelector<T>(selector)!;

  function render(ledger: Ledger | undefined) {
    if (!showBody(panel, ledger)) return;
    const titles = new Map(cardModules(ledger, data.paths).map((m) => [m.code, m.title]));
    const lines = evaluationSummary(ledger, line);
    $('[data-summary-none]').hidden = lines.length > 0;
    $('[data-summary-region]').hidden = lines.length === 0;
    $('[data-summary-evaluations] tbody').innerHTML = lines
      .map(
        (l) =>
          `<tr data-module="${escapeHtml(l.module)}">` +
          cell(`${l.module} ${titles.get(l.module) ?? ''}`.trim()) +
          cell(l.ratings, true) +
          cell(l.cards, true) +
          cell(`${percent(l.rate)}${l.below ? `（低于 ${line}%）` : ''}`, true) +
          INDICATORS.map(({ id }) => cell(percent(l.indicators[id]), true)).join('') +
          '</tr>',
      )
      .join('');
    const survey = ledgerSurvey(ledger);
    const name = (id: string) => data.topics.find((t) => t.id === id)?.name ?? id;
    $('[data-summary-survey-total]').textContent = survey.respondents
      ? `共 ${survey.respondents} 人填写（纸质调研表和手机调研合计），各专题选择人数：`
      : '还没有调研结果。';
    $('[data-summary-survey]').innerHTML = [...survey.topics]
      .sort((a, b) => b.count - a.count)
      .map((t) => `<li>${escapeHtml(`${name(t.topic)}：${t.count} 人`)}</li>`)
      .join('');
  }

  controller.subscribe(render);
}
