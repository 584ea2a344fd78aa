import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { ModuleSchema } from '../../../src/schemas/module.ts';
import {
  TAXONOMY_KIND_IDS,
  TAXONOMY_KINDS,
  emptyTaxonomy,
  termIdsOf,
} from '../../../src/schemas/taxonomy-kinds.ts';
import { projectRoot } from '../../helpers/content.ts';
import { makeModule } from '../../helpers/modules.ts';

const kinds = TAXONOMY_KIND_IDS.map((kind) => TAXONOMY_KINDS[kind]);

test('each concept has one name, one module field and one URL segment', () => {
  for (const key of ['label', 'labelPlural', 'browseTitle', 'field', 'segment'] as const) {
    const values = kinds.map((kind) => kind[key]);
    assert.equal(new Set(values).size, values.length, key);
  }
  assert.equal(TAXONOMY_KINDS.groups.label, '党员类别');
  assert.equal(TAXONOMY_KINDS.topics.browseTitle, '按专题浏览');
});

test('every kind adds its field to the module schema: a list when `many`, one id otherwise', () => {
  const module = makeModule({ code: 'LL-001' });
  const parse = (patch: Record<string, unknown>) =>
    ModuleSchema.safeParse({ ...module, updated: '2026-03-15', ...patch }).success;
  assert.equal(parse({}), true);
  for (const { field, many } of kinds) {
    assert.ok(field in ModuleSchema.shape, field);
    assert.equal(parse({ [field]: many ? 'one-id' : ['a', 'b'] }), false, `${field} has the wrong shape`);
    assert.equal(parse({ [field]: undefined }), false, `${field} is required`);
  }
  assert.equal(parse({ groups: [] }), false, 'a list names at least one term');
});

test('a module names one term of a single-valued kind and several of a list', () => {
  const module = makeModule({ code: 'LL-001', stage: 'empowerment', groups: ['ordinary', 'backbone'] });
  assert.deepEqual(termIdsOf(module, 'stages'), ['empowerment']);
  assert.deepEqual(termIdsOf(module, 'groups'), ['ordinary', 'backbone']);
  // An optional kind the module leaves out names nothing.
  assert.deepEqual(termIdsOf({}, 'topics'), []);
});

test('each kind reads its own YAML file, and the shipped taxonomy passes its schema', () => {
  for (const kind of TAXONOMY_KIND_IDS) {
    const terms = parse(
      readFileSync(join(projectRoot, 'content', 'taxonomy', `${kind}.yaml`), 'utf8'),
    ) as unknown[];
    assert.ok(terms.length > 0, kind);
    for (const term of terms) assert.equal(TAXONOMY_KINDS[kind].schema.safeParse(term).success, true, kind);
  }
  assert.deepEqual(Object.keys(emptyTaxonomy()), TAXONOMY_KIND_IDS);
});
