import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHOSEN_KINDS, derivedTermIds } from '../../../../src/lib/scaffold/chosen-kinds.ts';
import { loadTaxonomy } from '../../../helpers/content.ts';

const taxonomy = loadTaxonomy();

test('the lecturer chooses every kind but tiers, in the kinds table order', () => {
  assert.deepEqual(CHOSEN_KINDS, ['topics', 'stages', 'formats', 'groups']);
});

test('tiers cover every chosen group, in taxonomy order', () => {
  assert.deepEqual(derivedTermIds('tiers', { groups: ['activist'] }, taxonomy), ['grassroots']);
  assert.deepEqual(derivedTermIds('tiers', { groups: ['central-group', 'activist'] }, taxonomy), [
    'leadership',
    'grassroots',
  ]);
});
