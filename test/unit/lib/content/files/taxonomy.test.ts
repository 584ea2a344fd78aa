import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTaxonomySources } from '../../../../../src/lib/content/files/sources.ts';
import { readTaxonomy } from '../../../../../src/lib/content/files/taxonomy.ts';
import { formatIssue } from '../../../../../src/lib/content/validation/report.ts';
import { TAXONOMY_KIND_IDS } from '../../../../../src/schemas/taxonomy-kinds.ts';
import { projectRoot } from '../../../../helpers/content.ts';

const shipped = readTaxonomySources(projectRoot);

test('one YAML file is read for every kind of the kinds table', () => {
  assert.deepEqual(Object.keys(shipped).sort(), [...TAXONOMY_KIND_IDS].sort());
  const { record, issues } = readTaxonomy(shipped);
  assert.deepEqual(issues, []);
  for (const kind of TAXONOMY_KIND_IDS) assert.ok(record.taxonomy[kind].length > 0, kind);
});

test('a missing file, a syntax error and a repeated id are each named with file and line', () => {
  const files = {
    ...shipped,
    formats: { file: 'content/taxonomy/formats.yaml', text: '- id: lecture\n  name: "专题授课\n' },
    tiers: {
      ...shipped.tiers!,
      text: `${shipped.tiers!.text}- id: middle\n  name: 中层\n  nameEn: Middle\n  description: 说明\n`,
    },
  };
  delete files.stages;
  const { issues } = readTaxonomy(files);
  assert.deepEqual(issues.map(formatIssue).sort(), [
    'content/taxonomy/formats.yaml:3:1  formats  YAML 格式错误：缺少配对的引号或括号（Missing closing "quote）  (允许: 键与值之间用「: 」分隔，列表用「- 」或 [a, b]，同级缩进一致)',
    'content/taxonomy/stages.yaml:1  stages  无法读取文件：文件不存在',
    `content/taxonomy/tiers.yaml:${shipped.tiers!.text.split('\n').length}  id  层级 id「middle」重复`,
  ]);
});
