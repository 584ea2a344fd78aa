/**
 * Starts the panels issue 18 added to the ledger page, each over the page's one controller: 列席记录,
 * 评估卡录入, 需求调研 and the 培训评估汇总 beside the 学时统计. They need the page data (the plans'
 * module titles, the survey's topics, the 满意率 line), fetched once for the whole page.
 */
import type { LedgerController } from '../ledger-controller.ts';
import { loadPageData, PAGE_DATA_FAILED } from '../setup/load-page-data.ts';
import { startCardsPanel } from './cards-panel.ts';
import { startEvaluationSummary } from './evaluation-summary.ts';
import { startSurveyPanel } from './survey-panel.ts';
import { startVisitsPanel } from './visits-panel.ts';
// With the code, not the page: the first visit (no ledger yet) downloads neither.
import './evaluation.css';

const STARTERS = {
  visits: startVisitsPanel,
  cards: startCardsPanel,
  survey: startSurveyPanel,
  summary: startEvaluationSummary,
} as const;

export async function startEvaluationPanels(controller: LedgerController): Promise<void> {
  const panels = [...document.querySelectorAll<HTMLElement>('[data-evaluation-panel]')];
  const data = await loadPageData().catch(() => undefined);
  for (const panel of panels) {
    if (!data) {
      panel.querySelector('[data-ledger-empty]')!.textContent = PAGE_DATA_FAILED;
      continue;
    }
    STARTERS[panel.dataset.evaluationPanel as keyof typeof STARTERS]?.(panel, controller, data);
  }
}
