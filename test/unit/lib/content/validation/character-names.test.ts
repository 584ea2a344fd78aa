import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  codePointLabel,
  describeCharacter,
} from '../../../../../src/lib/content/validation/character-names.ts';

test('invisible characters are named by code point and what they are', () => {
  assert.equal(describeCharacter(0x202e), 'U+202E（从右到左覆盖）');
  assert.equal(describeCharacter(0x200b), 'U+200B（零宽空格）');
  assert.equal(describeCharacter(0xfe0f), 'U+FE0F（变体选择符）');
  assert.equal(describeCharacter(0xe0041), 'U+E0041（标签字符）');
  assert.equal(describeCharacter(0x1d173), 'U+1D173（不可见字符）');
  assert.equal(codePointLabel(0xad), 'U+00AD');
});
