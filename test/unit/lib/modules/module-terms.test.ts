import assert from 'node:assert/strict';
import { test } from 'node:test';
import { termFactsOf } from '../../../../src/lib/modules/module-terms.ts';
import { TAXONOMY_KIND_IDS } from '../../../../src/schemas/taxonomy-kinds.ts';
import { makeModule } from '../../../helpers/modules.ts';

const nameOf = (kind: string, id: string) => `${kind}:${id}`;

test('a module shows every kind in table order, with the terms it names and their names', () => {
  const facts = termFactsOf(makeModule({ code: 'LL-001', groups: ['ordinary', 'backbone'] }), nameOf);
  assert.deepEqual(
    facts.map((fact) => fact.kind),
    TAXONOMY_KIND_IDS,
  );
  const groups = facts.find((fact) => fact.kind === 'groups')!;
  assert.equal(groups.label, '党员类别');
  assert.equal(groups.many, true);
  assert.deepEqual(groups.terms, [
    { id: 'ordinary', name: 'groups:ordinary' },
    { id: 'backbone', name: 'groups:backbone' },
  ]);
  assert.deepEqual(facts.find((fact) => fact.kind === 'stages')!.terms, [
    { id: 'soul-casting', name: 'stages:soul-casting' },
  ]);
});
