import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backupReminder } from '../../../../src/lib/ledger/backup-reminder.ts';

const now = new Date('2027-03-20T10:00:00Z');

test('no reminder for an empty ledger or one whose every change is in the last backup', () => {
  assert.deepEqual(backupReminder({ lastBackupAt: undefined, backedUpRevision: 0 }, 0, now), { due: false });
  assert.deepEqual(backupReminder({ lastBackupAt: '2026-12-01T00:00:00Z', backedUpRevision: 9 }, 9, now), {
    due: false,
  });
});

test('a ledger never backed up is reminded at once', () => {
  const reminder = backupReminder({ lastBackupAt: undefined, backedUpRevision: 0 }, 1, now);
  assert.equal(reminder.due, true);
  assert.match(reminder.due ? reminder.message : '', /还没有备份过/);
});

test('changes after a backup are reminded once the backup is a week old, not before', () => {
  assert.deepEqual(backupReminder({ lastBackupAt: '2027-03-15T10:00:00Z', backedUpRevision: 3 }, 5, now), {
    due: false,
  });
  const late = backupReminder({ lastBackupAt: '2027-03-10T10:00:00Z', backedUpRevision: 3 }, 5, now);
  assert.deepEqual(late, {
    due: true,
    message: '上次备份是 10 天前，之后台账又有改动。请导出新的备份文件。',
  });
});
