import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TAXONOMY_KIND_IDS, TAXONOMY_KINDS } from '../../../../../src/schemas/taxonomy-kinds.ts';
import { checkTaxonomyReferences } from '../../../../../src/lib/content/validation/reference-checks.ts';
import type { ModuleRecord } from '../../../../../src/lib/content/validation/records.ts';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';
import { loadTaxonomy } from '../../../../helpers/content.ts';
import { makeModule } from '../../../../helpers/modules.ts';

const taxonomy = loadTaxonomy();
const record = (overrides: Record<string, unknown>): ModuleRecord => ({
  file: 'content/modules/theory/ll-001.mdx',
  data: { ...makeModule({ code: 'LL-001' }), ...overrides },
  // Each field on its own line, in table order, so the message's line names the field.
  lineOf: (path) => 10 + TAXONOMY_KIND_IDS.findIndex((kind) => TAXONOMY_KINDS[kind].field === path[0]),
});

test('an unknown id is reported for every kind of the kinds table, with its label and the allowed ids', () => {
  TAXONOMY_KIND_IDS.forEach((kind, index) => {
    const { field, many, label } = TAXONOMY_KINDS[kind];
    const terms: readonly { id: string; name: string }[] = taxonomy[kind];
    const issues = checkTaxonomyReferences([record({ [field]: many ? ['nope'] : 'nope' })], {
      taxonomy,
      sources: {},
    }).filter((issue) => issue.code === 'unknown-reference');
    assert.deepEqual(
      issues.map(formatIssue),
      [
        `content/modules/theory/ll-001.mdx:${10 + index}  ${many ? `${field}[0]` : field}  未知的${label}「nope」  (允许: ${terms.map((term) => `${term.id}（${term.name}）`).join(', ')})`,
      ],
      kind,
    );
    assert.equal(issues[0]!.severity, 'error');
  });
});

test('a member group must share a tier with the module', () => {
  const issues = checkTaxonomyReferences([record({ tiers: ['leadership'], groups: ['activist'] })], {
    taxonomy,
    sources: {},
  });
  assert.deepEqual(
    issues.map((issue) => [issue.code, issue.field, issue.allowed]),
    [['tier-group-mismatch', 'groups[0]', '在 tiers 中加入 grassroots，或换一个分类']],
  );
});
