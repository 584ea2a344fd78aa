// What StorageStatus.astro runs in the browser: persistence, space used, and the two-tab notice.
import { startStorageStatus } from './storage-status.ts';

void startStorageStatus(document.querySelector<HTMLElement>('[data-ledger-storage]')!);
