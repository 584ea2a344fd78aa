import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  countingSelections,
  readSelection,
  toggle,
  toPagefindFilters,
  writeSelection,
} from '../../../../src/lib/routes/catalog-state.ts';

const facets = ['topics', 'stages', 'groups', 'tiers', 'formats'];

test('the URL keeps selected ids per facet and ignores unknown parameters', () => {
  const selection = readSelection('?stages=empowerment&groups=ordinary,backbone,ordinary&utm=x', facets);
  assert.deepEqual(selection, { stages: ['empowerment'], groups: ['ordinary', 'backbone'] });
  assert.equal(
    writeSelection('?utm=x', selection, facets),
    '?utm=x&stages=empowerment&groups=ordinary,backbone',
  );
  assert.equal(writeSelection('?stages=empowerment', {}, facets), '');
});

test('toggling adds and removes a term, dropping facets left empty', () => {
  let selection = toggle({}, 'stages', 'empowerment');
  selection = toggle(selection, 'stages', 'innovation');
  assert.deepEqual(selection, { stages: ['empowerment', 'innovation'] });
  assert.deepEqual(toggle(toggle(selection, 'stages', 'empowerment'), 'stages', 'innovation'), {});
});

test('terms of one facet are alternatives; facets combine', () => {
  const names: Record<string, string> = { empowerment: '赋能', innovation: '创新履职', ordinary: '普通党员' };
  const keys: Record<string, string> = { stages: '阶段', groups: '党员类别' };
  assert.deepEqual(
    toPagefindFilters(
      { stages: ['empowerment', 'innovation'], groups: ['ordinary'] },
      (_, id) => names[id]!,
      (facet) => keys[facet]!,
    ),
    { 阶段: { any: ['赋能', '创新履职'] }, 党员类别: { any: ['普通党员'] } },
  );
});

test('each facet counts against the other facets’ choices, never its own', () => {
  const selection = { stages: ['empowerment'], groups: ['ordinary', 'backbone'] };
  const counting = countingSelections(selection, ['stages', 'groups', 'topics']);
  assert.deepEqual(counting.get('stages'), { groups: ['ordinary', 'backbone'] });
  assert.deepEqual(counting.get('groups'), { stages: ['empowerment'] });
  assert.deepEqual(counting.get('topics'), selection);
});
