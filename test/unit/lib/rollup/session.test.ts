import assert from 'node:assert/strict';
import { test } from 'node:test';
import { guessScope, mergeFiles } from '../../../../src/lib/rollup/session.ts';
import { companyScope, unitScope } from './rollup-fixtures.ts';

const file = (fileName: string, text: string) => ({ fileName, text });

test('a file dropped again under its name replaces the earlier one', () => {
  const merged = mergeFiles([file('b.json', 'old'), file('a.json', 'a')], [file('b.json', 'new')]);
  assert.deepEqual(merged, [file('a.json', 'a'), file('b.json', 'new')]);
});

test('empty names are taken from the first file that names its place', () => {
  const files = [
    file('bad.json', 'not json'),
    file('b.json', JSON.stringify({ place: { company: '某集团', unit: '一公司', branch: '一支部' } })),
  ];
  assert.equal(guessScope({ ...companyScope(), company: '' }, files).company, '某集团');
  assert.deepEqual(guessScope({ ...unitScope(''), company: '' }, files), {
    ...unitScope('一公司'),
    company: '某集团',
  });
  // What the organizer typed stays.
  assert.equal(guessScope(companyScope(), files).company, '模拟集团');
  // Version 1 files named their place `branch`.
  const v1 = [file('v1.json', JSON.stringify({ branch: { company: '旧集团', unit: 'u', name: 'b' } }))];
  assert.equal(guessScope({ ...companyScope(), company: '' }, v1).company, '旧集团');
});
