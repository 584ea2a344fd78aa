import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryFacets, filterOptions } from '../../../../src/lib/registries/facets.ts';

const termName = (kind: string, id: string) => `${kind}:${id}`;
const venue = (region: string, kind: string, groups: string[]) => ({
  data: { name: 'x', region, kind, address: 'a', highlights: ['h'], themes: ['井冈山精神'], groups },
});

test('an entry’s facets name their values: fixed labels, taxonomy names, or the text itself', () => {
  assert.deepEqual(entryFacets('venues', venue('江西省', 'red-base', ['activist']).data, termName), [
    { key: 'region', label: '地区', values: [{ id: '江西省', name: '江西省' }], filter: true },
    { key: 'kind', label: '类型', values: [{ id: 'red-base', name: '红色教育基地' }], filter: true },
    { key: 'group', label: '适合人员', values: [{ id: 'activist', name: 'groups:activist' }], filter: true },
    { key: 'theme', label: '主题', values: [{ id: '井冈山精神', name: '井冈山精神' }], filter: false },
  ]);
});

test('filters offer each value found, counted, and only filterable facets', () => {
  const options = filterOptions(
    'venues',
    [venue('江西省', 'red-base', ['activist']), venue('江西省', 'benchmark', [])],
    termName,
  );
  assert.deepEqual(
    options.map(({ key, options: values }) => [key, values.map(({ id, count }) => `${id}×${count}`)]),
    [
      ['region', ['江西省×2']],
      ['kind', ['benchmark×1', 'red-base×1']],
      ['group', ['activist×1']],
    ],
  );
});
