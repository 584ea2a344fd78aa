import assert from 'node:assert/strict';
import { test } from 'node:test';
import { looksPersonal } from '../../../../../src/lib/content/validation/evaluation-schema-issues.ts';

test('keys that would carry a person are told apart from typos', () => {
  for (const key of ['name', 'names', 'members', 'memberList', 'attendees', 'phone', '姓名', '党员名单'])
    assert.equal(looksPersonal(key), true, key);
  for (const key of ['cars', 'modlues', 'yaer', 'respondent', 'topic'])
    assert.equal(looksPersonal(key), false, key);
});
