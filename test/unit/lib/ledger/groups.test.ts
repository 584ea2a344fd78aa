import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGroupMatcher } from '../../../../src/lib/ledger/groups.ts';
import { GROUPS } from './ledger-fixtures.ts';

const matcher = createGroupMatcher(GROUPS);

test('a group is found by its name, its id, or one half of a dotted name, whatever the spaces and widths', () => {
  assert.equal(matcher.find('普通党员')?.id, 'ordinary');
  assert.equal(matcher.find(' 普通 党员　')?.id, 'ordinary');
  assert.equal(matcher.find('ＯＲＤＩＮＡＲＹ')?.id, 'ordinary');
  assert.equal(matcher.find('预备党员')?.id, 'probationary');
  assert.equal(matcher.find('预备党员・新进毕业生')?.id, 'probationary');
});

test('nothing is guessed: a near miss is not a group, and the allowed names are listed', () => {
  assert.equal(matcher.find('入党积极份子'), undefined);
  assert.equal(matcher.find('党员'), undefined);
  assert.equal(matcher.allowed, '普通党员、入党积极分子、预备党员·新进毕业生');
});
