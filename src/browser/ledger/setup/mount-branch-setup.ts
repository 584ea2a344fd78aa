// What BranchSetup.astro runs in the browser: starts or renames the ledger.
import { startBranchSetup } from './branch-setup.ts';
import { keepLedgerOffline } from './keep-offline.ts';

void startBranchSetup(document.querySelector<HTMLElement>('[data-ledger-setup]')!);
// The ledger must work without a network from the next visit on (keep-offline.ts).
void keepLedgerOffline().catch(() => undefined);
