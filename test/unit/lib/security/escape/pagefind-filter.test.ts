import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pagefindFilterValue } from '../../../../../src/lib/security/escape/pagefind-filter.ts';

test('a term name filed for search cannot open a tag or an entity, and still reads the same', () => {
  assert.equal(
    pagefindFilterValue('专题"><img src=x onerror="alert(1)"> &amp;'),
    '专题"＞＜img src=x onerror="alert(1)"＞ ＆amp;',
  );
  assert.equal(pagefindFilterValue('预备党员·新进毕业生'), '预备党员·新进毕业生');
});
