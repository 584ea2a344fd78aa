// What RosterPanel.astro runs in the browser: the roster, pasted, opened and edited in place.
import { startRosterPanel } from './roster-panel.ts';

void startRosterPanel(document.querySelector<HTMLElement>('[data-ledger-roster]')!);
