import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orderByPrerequisites } from '../../../../../src/lib/plans/paths/order.ts';
import { makeEntry as makeModule } from '../../../../helpers/modules.ts';

const codes = (modules: { data: { code: string } }[]) => modules.map((module) => module.data.code);

test('without prerequisites, modules follow their codes', () => {
  const modules = ['C-003', 'A-001', 'B-002'].map((code) => makeModule({ code }));
  assert.deepEqual(codes(orderByPrerequisites(modules)), ['A-001', 'B-002', 'C-003']);
});

test('a prerequisite comes first even when its code sorts later', () => {
  const modules = [
    makeModule({ code: 'A-001', prerequisites: ['Z-009'] }),
    makeModule({ code: 'Z-009' }),
    makeModule({ code: 'M-005' }),
  ];
  assert.deepEqual(codes(orderByPrerequisites(modules)), ['M-005', 'Z-009', 'A-001']);
});

test('ties between ready modules are broken by code, and the order is stable across input orders', () => {
  const make = () => [
    makeModule({ code: 'D-004', prerequisites: ['A-001'] }),
    makeModule({ code: 'B-002', prerequisites: ['A-001'] }),
    makeModule({ code: 'A-001' }),
    makeModule({ code: 'C-003', prerequisites: ['B-002', 'D-004'] }),
  ];
  const expected = ['A-001', 'B-002', 'D-004', 'C-003'];
  assert.deepEqual(codes(orderByPrerequisites(make())), expected);
  assert.deepEqual(codes(orderByPrerequisites(make().reverse())), expected);
});

test('prerequisites outside the list (another stage or group) do not hold a module back', () => {
  const modules = [makeModule({ code: 'B-002', prerequisites: ['X-100'] }), makeModule({ code: 'A-001' })];
  assert.deepEqual(codes(orderByPrerequisites(modules)), ['A-001', 'B-002']);
});
