// What CodesPanel.astro runs in the browser: the 收集完成码 panel over the page's one ledger
// controller, loaded once a ledger exists (when-ledger.ts).
import { whenLedger } from '../when-ledger.ts';

const panel = document.querySelector<HTMLElement>('[data-codes-panel]');
if (panel)
  whenLedger(async (controller) => (await import('./codes-panel.ts')).startCodesPanel(panel, controller));
