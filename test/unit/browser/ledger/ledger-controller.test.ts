import 'fake-indexeddb/auto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openDB } from 'idb';
import { openLedgerController } from '../../../../src/browser/ledger/ledger-controller.ts';
import { changeLedger, createLedger, type Ledger } from '../../../../src/lib/ledger/ledger-state.ts';

const branch = { name: '第一党支部', company: '某某集团', unit: '某某分公司' };
const group = { id: 'ordinary', name: '普通党员', requiredHours: 32, planVersion: '2027-A2F2' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

test('every change is saved at once and every panel hears it; a tab that saved second is told and shown the stored ledger', async () => {
  const [tabA, tabB] = [
    await openLedgerController('controller-test'),
    await openLedgerController('controller-test'),
  ];
  const seenInB: (Ledger | undefined)[] = [];
  tabB.subscribe((ledger) => seenInB.push(ledger));
  await tabA.replace(createLedger(branch, 2027, [group]));
  await settle();
  assert.equal(tabB.ledger?.branch.name, '第一党支部');
  assert.equal(
    await tabA.update((ledger) => changeLedger(ledger, { branch: { ...branch, name: '甲' } })),
    true,
  );
  await settle();
  assert.deepEqual(
    seenInB.map((ledger) => ledger?.branch.name),
    [undefined, '第一党支部', '甲'],
  );
  // Another tab saved before this one heard of it (written here without the announcement):
  // this tab's change is refused, it is told, and it shows what is stored.
  let conflicts = 0;
  tabB.onConflict(() => conflicts++);
  const stored = { revision: 9, ledger: changeLedger(tabB.ledger!, { branch: { ...branch, name: '乙' } }) };
  const db = await openDB('controller-test');
  await db.put('state', stored, 'ledger');
  db.close();
  assert.equal(await tabB.update((ledger) => changeLedger(ledger, { year: 2028 })), false);
  assert.equal(conflicts, 1);
  assert.deepEqual(tabB.ledger, stored.ledger);
  assert.equal(tabB.revision, 9);
  for (const tab of [tabA, tabB]) tab.store.close();
});

test('changes made while an earlier one is still saving are all kept, in order', async () => {
  const tab = await openLedgerController('controller-queue-test');
  await tab.replace(createLedger(branch, 2027, [group]));
  // A secretary changes a member's group and types a number before the first save ends.
  const saved = await Promise.all([
    tab.update((ledger) => changeLedger(ledger, { branch: { ...branch, name: '甲' } })),
    tab.update((ledger) => changeLedger(ledger, { branch: { ...ledger.branch, unit: '乙' } })),
    tab.update((ledger) => changeLedger(ledger, { year: 2028 })),
  ]);
  assert.deepEqual(saved, [true, true, true]);
  const again = await openLedgerController('controller-queue-test');
  assert.deepEqual(
    [again.ledger?.branch.name, again.ledger?.branch.unit, again.ledger?.year],
    ['甲', '乙', 2028],
  );
  for (const controller of [tab, again]) controller.store.close();
});
