// What TotalsPanel.astro runs in the browser: the 学时统计 panel over the page's one ledger
// controller, loaded once a ledger exists (when-ledger.ts).
import { whenLedger } from '../when-ledger.ts';

const panel = document.querySelector<HTMLElement>('[data-totals-panel]');
if (panel)
  whenLedger(async (controller) => (await import('./totals-panel.ts')).startTotalsPanel(panel, controller));
