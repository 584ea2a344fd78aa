/**
 * When the ledger page reminds the secretary to export a backup. The ledger lives only in this
 * browser: a cleared cache or a lost phone takes every change since the last backup with it, so
 * the page asks once there are changes the last backup lacks and it is older than a week (or
 * there has never been one). Pure, so the rule is tested apart from the page.
 */
export const BACKUP_REMINDER_DAYS = 7;

export interface BackupState {
  /** ISO time of the last exported backup; undefined when there has been none. */
  lastBackupAt: string | undefined;
  /** The stored revision the last backup was made of (0 when none). */
  backedUpRevision: number;
}

export type BackupReminder = { due: false } | { due: true; message: string };

export function backupReminder(state: BackupState, revision: number, now: Date): BackupReminder {
  if (revision === 0 || revision === state.backedUpRevision) return { due: false };
  if (state.lastBackupAt === undefined) {
    return {
      due: true,
      message: '台账还没有备份过。台账只保存在这台设备的浏览器里，请现在导出备份文件，另存到电脑或U盘。',
    };
  }
  const days = Math.floor((now.getTime() - Date.parse(state.lastBackupAt)) / 86_400_000);
  if (days < BACKUP_REMINDER_DAYS) return { due: false };
  return { due: true, message: `上次备份是 ${days} 天前，之后台账又有改动。请导出新的备份文件。` };
}
