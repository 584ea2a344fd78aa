/**
 * Starts a panel's code once this browser holds a ledger. Every panel but the setup form, the
 * backup (which restores into an empty browser) and the storage note needs a ledger, and a
 * secretary's first visit has none: so that visit downloads only what it can use and stays within
 * the page's budget (scripts/lib/budget). The build lists these chunks in branch/offline.json,
 * so they load offline too, like the spreadsheet and camera code.
 */
import { ledgerController, type LedgerController } from './ledger-controller.ts';

export function whenLedger(start: (controller: LedgerController) => Promise<unknown>): void {
  let started = false;
  ledgerController()
    .then((controller) =>
      controller.subscribe((ledger) => {
        if (!ledger || started) return;
        started = true;
        void start(controller);
      }),
    )
    // No storage (private mode): the setup form says so; the panels keep their 请先建立台账 note.
    .catch(() => undefined);
}
