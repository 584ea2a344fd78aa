// What ExportPanel.astro runs in the browser: the 导出 panel over the page's one ledger
// controller, loaded once a ledger exists (when-ledger.ts).
import { whenLedger } from '../when-ledger.ts';

const panel = document.querySelector<HTMLElement>('[data-export-panel]');
if (panel)
  whenLedger(async (controller) => (await import('./export-panel.ts')).startExportPanel(panel, controller));
