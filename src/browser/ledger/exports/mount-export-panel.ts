// What ExportPanel.astro runs in the browser: the 导出 panel over the page's one ledger controller.
import { ledgerController } from '../ledger-controller.ts';
import { startExportPanel } from './export-panel.ts';

const panel = document.querySelector<HTMLElement>('[data-export-panel]');
if (panel) void ledgerController().then((controller) => startExportPanel(panel, controller));
