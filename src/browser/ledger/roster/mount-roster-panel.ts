// What RosterPanel.astro runs in the browser: the 党员名单 panel, loaded once a ledger exists
// (when-ledger.ts).
import { whenLedger } from '../when-ledger.ts';

const panel = document.querySelector<HTMLElement>('[data-ledger-roster]');
if (panel) whenLedger(async () => (await import('./roster-panel.ts')).startRosterPanel(panel));
