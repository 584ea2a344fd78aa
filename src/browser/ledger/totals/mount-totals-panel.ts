// What TotalsPanel.astro runs in the browser: the 学时统计 panel over the page's one ledger controller.
import { ledgerController } from '../ledger-controller.ts';
import { startTotalsPanel } from './totals-panel.ts';

const panel = document.querySelector<HTMLElement>('[data-totals-panel]');
if (panel) void ledgerController().then((controller) => startTotalsPanel(panel, controller));
