import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { withEditorHints } from '../../../../../src/lib/content/editor/module-hints.ts';
import { loadTaxonomy } from '../../../../helpers/content.ts';

const taxonomy = loadTaxonomy();
const schema = withEditorHints(taxonomy);
// The same call Astro makes for .astro/collections/modules.schema.json.
const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
  properties: Record<
    string,
    {
      description?: string;
      enum?: string[];
      items?: { enum?: string[]; markdownEnumDescriptions?: string[] };
    }
  >;
};

test('the editor schema offers the taxonomy ids, each described with its Chinese name', () => {
  assert.deepEqual(
    json.properties.groups!.items!.enum,
    taxonomy.groups.map((group) => group.id),
  );
  assert.match(json.properties.groups!.items!.markdownEnumDescriptions![0]!, /^\*\*党支部书记\*\*：/);
  assert.deepEqual(
    json.properties.topic!.enum,
    taxonomy.topics.map((topic) => topic.id),
  );
  assert.deepEqual(json.properties.status!.enum, ['draft', 'published']);
});

test('every field has a Chinese description for hovers', () => {
  for (const [field, property] of Object.entries(json.properties)) {
    if (field === '$schema') continue;
    assert.match(property.description ?? '', /[\u4e00-\u9fff]/, field);
  }
  assert.equal(json.properties.hours!.description, '学时。允许：大于 0 的数字，可以是小数，如 1.5');
});

test('validation is unchanged: unknown ids are left to the checker, unknown fields still fail', () => {
  const module = {
    title: '标题',
    code: 'LL-001',
    summary: '简介',
    tiers: ['grassroots'],
    groups: ['retired-cadre'],
    stage: 'soul-casting',
    topic: 'theory',
    format: 'lecture',
    hours: 1,
    objectives: ['目标'],
    updated: '2026-03-15',
    status: 'draft',
  };
  assert.equal(schema.safeParse(module).success, true);
  assert.equal(schema.safeParse({ ...module, hour: 1 }).success, false);
});
