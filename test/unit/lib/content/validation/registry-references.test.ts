import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRegistries } from '../../../../../src/lib/content/files/registries.ts';
import {
  checkRegistryReferences,
  valuesAt,
} from '../../../../../src/lib/content/validation/registry-references.ts';
import { loadTaxonomy } from '../../../../helpers/content.ts';

const taxonomy = loadTaxonomy();
const read = readRegistries({
  venues: [
    {
      file: 'content/venues/base.yaml',
      text: 'name: 某基地\nkind: red-base\nregion: 某省\naddress: 某市\nhighlights: [看展览]\n',
    },
  ],
  lecturers: [
    { file: 'content/lecturers/li.yaml', text: 'name: 李老师\nunit: 党校\nteam: expert\ntopics: [theory]\n' },
  ],
});
const module = (data: Record<string, unknown>) => ({ file: 'm.mdx', data, lineOf: () => 7 });

test('valuesAt finds every value along a path with * for list items', () => {
  const data = { days: [{ sessions: [{ venue: 'a' }, {}] }, { sessions: [{ venue: 'b' }] }] };
  assert.deepEqual(valuesAt(data, ['days', '*', 'sessions', '*', 'venue']), [
    { value: 'a', at: ['days', 0, 'sessions', 0, 'venue'] },
    { value: 'b', at: ['days', 1, 'sessions', 0, 'venue'] },
  ]);
  assert.deepEqual(valuesAt({ venues: 'x' }, ['venues', '*']), []);
});

test('known ids pass; unknown ids are errors that list the known ones', () => {
  const issues = checkRegistryReferences(
    read,
    [module({ venues: ['base', 'nowhere'], lecturer: 'li' }), module({ lecturer: 'wang' })],
    [],
    taxonomy,
  );
  assert.deepEqual(
    issues.map(({ code, field, message, allowed }) => ({ code, field, message, allowed })),
    [
      { code: 'registry-unknown', field: 'venues[1]', message: '未知的外训基地「nowhere」', allowed: 'base' },
      { code: 'registry-unknown', field: 'lecturer', message: '未知的授课人「wang」', allowed: 'li' },
    ],
  );
});

test('a free-text lecturer passes, and a 师资库 name written out is a warning naming the id', () => {
  const issues = checkRegistryReferences(
    read,
    [module({ lecturer: '外请专家' }), module({ lecturer: '李老师' })],
    [],
    taxonomy,
  );
  assert.deepEqual(
    issues.map(({ code, severity, allowed }) => ({ code, severity, allowed })),
    [{ code: 'registry-name-not-id', severity: 'warning', allowed: '写他的 id：li' }],
  );
});

test('a plan’s 外训名录 is checked like a module’s venues', () => {
  const plan = {
    file: 'content/plans/2027.yaml',
    year: 2027,
    plan: { themes: [], groups: {}, venues: ['base', 'gone'] },
    lineOf: () => 3,
  };
  const issues = checkRegistryReferences(read, [], [plan], taxonomy);
  assert.deepEqual(
    issues.map(({ file, field }) => `${file} ${field}`),
    ['content/plans/2027.yaml venues[1]'],
  );
});
