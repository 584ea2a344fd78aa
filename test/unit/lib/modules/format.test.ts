import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatHours } from '../../../../src/lib/modules/format.ts';

test('学时 keep halves and drop float noise', () => {
  assert.equal(formatHours(2), '2 学时');
  assert.equal(formatHours(1.5), '1.5 学时');
  assert.equal(formatHours(0.1 + 0.2), '0.3 学时');
});

test('dates read the Chinese way, in UTC as stored', () => {
  assert.equal(formatDate(new Date('2026-03-05T00:00:00Z')), '2026年3月5日');
});
