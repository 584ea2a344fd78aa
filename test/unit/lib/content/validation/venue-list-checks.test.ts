import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRegistries } from '../../../../../src/lib/content/files/registries.ts';
import { checkVenueLists } from '../../../../../src/lib/content/validation/venue-list-checks.ts';
import { loadTaxonomy } from '../../../../helpers/content.ts';

const taxonomy = loadTaxonomy();
const read = readRegistries({
  venues: [
    {
      file: 'content/venues/a.yaml',
      text: 'name: 某基地\nkind: red-base\nregion: 某省\naddress: 某市\nhighlights: [看]\n',
    },
  ],
});
const plan = (year: number, venues?: string[]) => ({
  file: `content/plans/${year}.yaml`,
  year,
  plan: { themes: [], groups: {}, ...(venues ? { venues } : {}) },
  lineOf: (path: readonly PropertyKey[]) => (path.length > 1 ? 10 + Number(path[1]) : 1),
});
const codes = (issues: { code: string; file: string; line: number }[]) =>
  issues.map(({ code, file, line }) => `${file}:${line} ${code}`);

test('a 名录 lists each venue once', () => {
  const issues = checkVenueLists(read, [], [plan(2027, ['a', 'a'])], { taxonomy, planYear: 2027 });
  assert.deepEqual(codes(issues), ['content/plans/2027.yaml:11 registry-list-repeated']);
});

test('once plans keep 名录, a plan year without one is a warning; before that, nothing', () => {
  assert.deepEqual(
    codes(checkVenueLists(read, [], [plan(2026, ['a']), plan(2027)], { taxonomy, planYear: 2027 })),
    ['content/plans/2027.yaml:1 registry-list-missing'],
  );
  assert.deepEqual(codes(checkVenueLists(read, [], [plan(2026, ['a'])], { taxonomy, planYear: 2027 })), [
    'content/settings.yaml:1 registry-list-missing',
  ]);
  assert.deepEqual(codes(checkVenueLists(read, [], [plan(2027)], { taxonomy, planYear: 2027 })), []);
});

test('venues belong to modules of a practice format; on others they are a warning', () => {
  const module = (format: string) => ({
    file: `${format}.mdx`,
    data: { format, venues: ['a'] },
    lineOf: () => 12,
  });
  const issues = checkVenueLists(read, [module('red-education'), module('lecture')], [], {
    taxonomy,
    planYear: 2027,
  });
  assert.deepEqual(
    issues.map(({ file, severity, field }) => `${file} ${severity} ${field}`),
    ['lecture.mdx warning venues'],
  );
});
