import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SLOT_ORDER, slotInstant, slotLabel } from '../../../../src/lib/classes/slots.ts';

test('the slots run 上午, 下午, 晚上 and print with their times', () => {
  assert.deepEqual(SLOT_ORDER, ['am', 'pm', 'evening']);
  assert.equal(slotLabel('pm'), '下午');
  assert.equal(slotLabel('am', { withTime: true }), '上午（8:30—11:30）');
});

test('a slot is Beijing time: eight hours ahead of UTC, on the same calendar day', () => {
  const day = new Date('2027-04-13T00:00:00Z');
  assert.equal(slotInstant(day, 'am', 'start').toISOString(), '2027-04-13T00:30:00.000Z');
  assert.equal(slotInstant(day, 'evening', 'end').toISOString(), '2027-04-13T13:00:00.000Z');
});
