// What BranchSetup.astro runs in the browser: starts or renames the ledger.
import { startBranchSetup } from './branch-setup.ts';
import { keepToolOffline } from '../../offline/keep-tool-offline.ts';
import { routes } from '../../../site-routes.ts';

void startBranchSetup(document.querySelector<HTMLElement>('[data-ledger-setup]')!);
// The ledger must work without a network from the next visit on (src/browser/offline/keep-tool-offline.ts).
void keepToolOffline(routes.branchOffline()).catch(() => undefined);
