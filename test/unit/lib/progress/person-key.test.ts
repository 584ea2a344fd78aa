import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalisePersonPart, personKey } from '../../../../src/lib/progress/person-key.ts';

test('the same person typed differently gives the same key', () => {
  const key = personKey('张三', 'A0123');
  assert.equal(personKey(' 张 三 ', 'a0123'), key);
  assert.equal(personKey('张三', 'Ａ０１２３'), key, 'full-width number from a roster');
  assert.equal(personKey('张\u3000三\t', ' A0123 '), key, 'ideographic space and tabs');
  assert.equal(personKey('阿卜杜拉·艾力'), personKey('阿卜杜拉•艾力'));
  assert.equal(personKey('阿卜杜拉·艾力'), personKey('阿卜杜拉．艾力'));
});

test('a different name or number gives a different key, and the number is optional', () => {
  assert.notEqual(personKey('张三'), personKey('张叁'));
  assert.notEqual(personKey('张三', '1'), personKey('张三', '2'));
  assert.notEqual(personKey('张三', ''), personKey('张三', '1'));
  assert.equal(personKey('张三'), personKey('张三', '   '));
  // Name and number do not run together: 张三 + 1 is not 张 + 三1.
  assert.notEqual(personKey('张三', '1'), personKey('张三1'));
});

test('keys are 24 bits and spread: 1,000 distinct names give at most a few collisions', () => {
  const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'];
  const given = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂'];
  const names = new Set(
    surnames.flatMap((s) => given.flatMap((a) => given.slice(0, 3).map((b) => `${s}${a}${b}`))),
  );
  const keys = new Set([...names].map((name) => personKey(name)));
  assert.ok(names.size >= 1000, String(names.size));
  assert.ok([...keys].every((key) => key >= 0 && key < 2 ** 24));
  // Expected collisions for n names in 2^24 keys: about n²/2^25, about 0.06 for 1,440 names.
  assert.ok(names.size - keys.size <= 3, `${names.size - keys.size} collisions`);
});

test('normalisation keeps Chinese characters and folds case and width', () => {
  assert.equal(normalisePersonPart(' ｚｈａｎｇ San '), 'ZHANGSAN');
});
