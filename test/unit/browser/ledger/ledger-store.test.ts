import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openLedgerStore } from '../../../../src/browser/ledger/ledger-store.ts';
import { changeLedger, createLedger } from '../../../../src/lib/ledger/ledger-state.ts';

const branch = { name: '第一党支部', company: '某某集团', unit: '某某分公司' };
const group = { id: 'ordinary', name: '普通党员', requiredHours: 32, planVersion: '2027-A2F2' };
let databases = 0;
const freshName = () => `ledger-test-${++databases}`;

test('a saved ledger comes back whole, with its revision, in a store opened again (a reload)', async () => {
  const name = freshName();
  const ledger = createLedger(branch, 2027, [group], new Date('2027-01-05T08:00:00Z'));
  const first = await openLedgerStore(name);
  assert.deepEqual(await first.load(), undefined);
  assert.deepEqual(await first.save(ledger, 0), { ok: true, revision: 1 });
  first.close();
  const again = await openLedgerStore(name);
  assert.deepEqual(await again.load(), { revision: 1, ledger });
  again.close();
});

test('two tabs never overwrite each other: a save from a stale revision is refused with what is stored', async () => {
  const name = freshName();
  const [tabA, tabB] = [await openLedgerStore(name), await openLedgerStore(name)];
  const heard: number[] = [];
  const stop = tabB.onExternalChange((revision) => heard.push(revision));
  const base = createLedger(branch, 2027, [group]);
  await tabA.save(base, 0);
  const fromA = changeLedger(base, { branch: { ...branch, name: '改名后的支部' } });
  assert.deepEqual(await tabA.save(fromA, 1), { ok: true, revision: 2 });
  const fromB = changeLedger(base, { year: 2028 });
  const refused = await tabB.save(fromB, 1);
  assert.deepEqual(refused, { ok: false, current: { revision: 2, ledger: fromA } });
  assert.deepEqual((await tabB.load())?.ledger.branch.name, '改名后的支部');
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(heard, [1, 2]);
  stop();
  tabA.close();
  tabB.close();
});

test('restoring a backup replaces the ledger in one step; wiping forgets it and the backup record', async () => {
  const name = freshName();
  const store = await openLedgerStore(name);
  await store.save(createLedger(branch, 2027, [group]), 0);
  const restored = createLedger({ ...branch, name: '从备份恢复' }, 2027, [group]);
  assert.equal(await store.replace(restored), 2);
  assert.equal((await store.load())?.ledger.branch.name, '从备份恢复');
  await store.markBackedUp(2, new Date('2027-03-01T00:00:00Z'));
  assert.deepEqual(await store.backupState(), {
    lastBackupAt: '2027-03-01T00:00:00.000Z',
    backedUpRevision: 2,
  });
  await store.wipe();
  assert.equal(await store.load(), undefined);
  assert.deepEqual(await store.backupState(), { lastBackupAt: undefined, backedUpRevision: 0 });
  store.close();
});
