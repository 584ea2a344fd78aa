// What BackupPanel.astro runs in the browser: export, restore and wipe.
import { startBackupPanel } from './backup-panel.ts';

void startBackupPanel(document.querySelector<HTMLElement>('[data-ledger-backup]')!);
