import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { generateSyntheticModules } from '../../../../scripts/lib/synthetic-curriculum.ts';
import {
  TAXONOMY_KIND_IDS,
  type Taxonomy,
  type TaxonomyKind,
} from '../../../../src/schemas/taxonomy-kinds.ts';
import { formatIssue } from '../../../../src/lib/content/validation/report.ts';
import type { ContentSources, SourceFile } from '../../../../src/lib/content/files/sources.ts';
import { validateContent } from '../../../../src/lib/content/validation/validate-content.ts';
import { MODULE_CODE_PATTERN } from '../../../../src/schemas/module.ts';

const root = join(import.meta.dirname, '../../../..');
const KINDS = TAXONOMY_KIND_IDS;
const taxonomyFiles = Object.fromEntries(
  KINDS.map((kind): [TaxonomyKind, SourceFile] => {
    const file = `content/taxonomy/${kind}.yaml`;
    return [kind, { file, text: readFileSync(join(root, file), 'utf8') }];
  }),
) as Record<TaxonomyKind, SourceFile>;
const taxonomy = Object.fromEntries(KINDS.map((kind) => [kind, parse(taxonomyFiles[kind].text)])) as Taxonomy;

const codeOf = (text: string) => /^code: (\S+)$/m.exec(text)?.[1];

describe('generateSyntheticModules', () => {
  it('makes the requested number of modules', () => {
    assert.equal(generateSyntheticModules(0, taxonomy).length, 0);
    assert.equal(generateSyntheticModules(37, taxonomy).length, 37);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    assert.deepEqual(generateSyntheticModules(20, taxonomy, 7), generateSyntheticModules(20, taxonomy, 7));
    assert.notDeepEqual(generateSyntheticModules(20, taxonomy, 7), generateSyntheticModules(20, taxonomy, 8));
  });

  it('gives every module a unique, well-formed code and path, using several prefixes', () => {
    const files = generateSyntheticModules(2000, taxonomy);
    const codes = files.map((file) => codeOf(file.text) ?? '');
    assert.equal(new Set(codes).size, files.length);
    assert.equal(new Set(files.map((file) => file.path)).size, files.length);
    for (const code of codes) assert.match(code, MODULE_CODE_PATTERN);
    assert.ok(new Set(codes.map((code) => code.split('-')[0])).size >= 3);
  });

  it('moves to a longer prefix after 999 modules of one topic', () => {
    const codes = generateSyntheticModules(1001, {
      ...taxonomy,
      topics: taxonomy.topics.filter((topic) => topic.id === 'theory'),
    }).map((file) => codeOf(file.text));
    assert.deepEqual(codes.slice(997), ['LL-998', 'LL-999', 'LLA-001', 'LLA-002']);
  });

  it('writes Chinese bodies of 1,500–3,000 characters with headings and components', () => {
    for (const { text } of generateSyntheticModules(200, taxonomy, 3)) {
      const body = text.slice(text.indexOf('\n---\n', 4) + 5);
      assert.ok(body.length >= 1500 && body.length <= 3000, `body length ${body.length}`);
      for (const part of ['\n## ', '<KeyPoints>', '<Case title="', '<Discussion>', '\n- '])
        assert.ok(body.includes(part), part);
    }
  });

  it('passes the content check with zero issues', () => {
    for (const [count, seed] of [
      [300, 1],
      [1000, 42],
    ] as const) {
      const modules: SourceFile[] = generateSyntheticModules(count, taxonomy, seed).map(({ path, text }) => ({
        file: path,
        text,
      }));
      const sources: ContentSources = { taxonomy: taxonomyFiles, modules };
      // Synthetic `updated` dates span 2024–2026; judge them on a fixed day so the test never ages
      // into stale-content warnings.
      const report = validateContent(sources, { today: new Date('2026-01-01T00:00:00Z') });
      assert.equal(report.issues.length, 0, report.issues.slice(0, 20).map(formatIssue).join('\n'));
      assert.equal(report.modules.length, count);
      assert.ok(
        report.modules.some((module) => module.data.prerequisites.length > 0),
        'some modules have prerequisites',
      );
    }
  });
});
