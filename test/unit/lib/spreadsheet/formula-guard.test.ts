import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guardFormula, startsLikeFormula } from '../../../../src/lib/spreadsheet/formula-guard.ts';

test('text that Excel or WPS would run as a formula gets a leading apostrophe', () => {
  for (const text of [
    '=1+1',
    '+86 138',
    '-2',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '  =HYPERLINK("x")',
    '＝1+1',
    '＠A1',
  ]) {
    assert.ok(startsLikeFormula(text), JSON.stringify(text));
    assert.equal(guardFormula(text), `'${text}`);
  }
});

test('ordinary text is left alone, including signs after the first character', () => {
  for (const text of ['张三', '1-2', 'a=b', '', ' 张三', "'=1"]) {
    assert.equal(guardFormula(text), text, JSON.stringify(text));
  }
});
