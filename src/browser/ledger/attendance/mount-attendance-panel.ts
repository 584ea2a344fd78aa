// What AttendancePanel.astro runs in the browser: the 签到 panel over the page's one ledger
// controller, loaded once a ledger exists (when-ledger.ts).
import { whenLedger } from '../when-ledger.ts';

const panel = document.querySelector<HTMLElement>('[data-attendance-panel]');
if (panel)
  whenLedger(async (controller) =>
    (await import('./attendance-panel.ts')).startAttendancePanel(panel, controller),
  );
