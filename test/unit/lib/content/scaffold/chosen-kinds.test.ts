import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CHOSEN_KINDS,
  definitionOf,
  derivedTermIds,
} from '../../../../../src/lib/content/scaffold/chosen-kinds.ts';
import {
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  type TaxonomyKind,
} from '../../../../../src/schemas/taxonomy-kinds.ts';
import { loadTaxonomy } from '../../../../helpers/content.ts';

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

test('a derived kind names a kind whose terms list it under its module field', () => {
  for (const kind of TAXONOMY_KIND_IDS) {
    const source = definitionOf(kind).derivedFrom as TaxonomyKind | undefined;
    if (!source) continue;
    assert.ok(TAXONOMY_KIND_IDS.includes(source), `${kind} is derived from ${source}`);
    assert.ok(TAXONOMY_KINDS[kind].field in TAXONOMY_KINDS[source].schema.shape, kind);
  }
});
