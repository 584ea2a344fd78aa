import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backupFileName } from '../../../../src/lib/ledger/backup-file-name.ts';

const today = new Date('2027-06-02T00:00:00Z');

test('the branch, the year and the day, in a name every file system takes', () => {
  assert.equal(
    backupFileName({ branch: { name: '第一党支部', unit: '', company: '' }, year: 2027 }, today),
    '支部学习台账-第一党支部-2027-2027-06-02.json',
  );
  assert.equal(
    backupFileName({ branch: { name: '运维/检修:党支部?', unit: '', company: '' }, year: 2027 }, today),
    '支部学习台账-运维_检修_党支部_-2027-2027-06-02.json',
  );
  assert.equal(
    backupFileName({ branch: { name: '  ', unit: '', company: '' }, year: 2027 }, today),
    '支部学习台账-未命名支部-2027-2027-06-02.json',
  );
});
