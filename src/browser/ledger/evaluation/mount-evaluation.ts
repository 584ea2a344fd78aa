// What the 列席记录, 评估卡录入, 需求调研 and 培训评估汇总 panels run in the browser, loaded once a
// ledger exists (when-ledger.ts); one loader for the four, however many of them the page has.
import { whenLedger } from '../when-ledger.ts';

if (document.querySelector('[data-evaluation-panel]'))
  whenLedger(async (controller) =>
    (await import('./evaluation-panels.ts')).startEvaluationPanels(controller),
  );
