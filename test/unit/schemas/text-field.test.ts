import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTextProblem, textField } from '../../../src/schemas/text-field.ts';

test('bidi controls and zero-width characters are refused where they are', () => {
  assert.deepEqual(findTextProblem('支部\u202e学习'), { kind: 'character', codePoint: 0x202e, index: 2 });
  assert.deepEqual(findTextProblem('党\u00ad员'), { kind: 'character', codePoint: 0xad, index: 1 });
  assert.deepEqual(findTextProblem('党员\u2066'), { kind: 'character', codePoint: 0x2066, index: 2 });
});

test('a text of only spaces and invisible characters is blank', () => {
  assert.deepEqual(findTextProblem('\u200b'), { kind: 'blank', codePoint: 0x200b });
  assert.deepEqual(findTextProblem('\u3000'), { kind: 'blank', codePoint: undefined });
});

test('length counts characters, emoji and CJK alike', () => {
  assert.equal(findTextProblem('党'.repeat(40), 40), undefined);
  assert.deepEqual(findTextProblem('党'.repeat(41), 40), { kind: 'too-long', length: 41, max: 40 });
});

test('the schema trims, and passes ordinary titles', () => {
  assert.equal(textField({ max: 40 }).parse('  三会一课：制度与实践  '), '三会一课：制度与实践');
  assert.equal(textField().safeParse('\u200b').success, false);
});
