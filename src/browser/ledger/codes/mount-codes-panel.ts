// What CodesPanel.astro runs in the browser: the codes panel over the page's one ledger controller.
import { ledgerController } from '../ledger-controller.ts';
import { startCodesPanel } from './codes-panel.ts';

const panel = document.querySelector<HTMLElement>('[data-codes-panel]');
if (panel) void ledgerController().then((controller) => startCodesPanel(panel, controller));
