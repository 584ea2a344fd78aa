import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { needsSimplifying, simplifiedCharacters } from '../../../../src/lib/search/traditional-query.ts';

describe('needsSimplifying', () => {
  test('queries typed in traditional characters need converting', () => {
    for (const query of ['黨員教育', '支部書記', '學習', '黨費', '組織生活會', '三會一課', 'ZS-004 黨費']) {
      assert.equal(needsSimplifying(query), true, query);
    }
  });

  test('simplified queries, codes and Latin text do not, so they load no converter', () => {
    for (const query of ['党员教育', '支部书记', '三会一课', '王进喜', '港珠澳大桥', 'ZS-004', 'pdf', '']) {
      assert.equal(needsSimplifying(query), false, query);
    }
  });

  test('the simplified set is GB 2312, read from the runtime’s GBK decoder', () => {
    const set = simplifiedCharacters();
    assert.ok(set, 'Node with full ICU decodes GBK, as browsers do');
    assert.ok(set.size >= 6763 && set.size < 7000, String(set.size));
    assert.ok(set.has('党') && set.has('员') && !set.has('黨') && !set.has('員'));
  });

  test('without a GBK decoder every Han query is converted (correct, only larger)', () => {
    assert.equal(needsSimplifying('党员', null), true);
    assert.equal(needsSimplifying('ZS-004', null), false);
  });
});
