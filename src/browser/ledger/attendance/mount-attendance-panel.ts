// What AttendancePanel.astro runs in the browser: the 签到 panel over the page's one ledger controller.
import { ledgerController } from '../ledger-controller.ts';
import { startAttendancePanel } from './attendance-panel.ts';

const panel = document.querySelector<HTMLElement>('[data-attendance-panel]');
if (panel) void ledgerController().then((controller) => startAttendancePanel(panel, controller));
