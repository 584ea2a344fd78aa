import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  loadRegistries,
  readRegistries,
  registryIdOf,
  registryShortCodes,
} from '../../../../../src/lib/content/files/registries.ts';
import { projectRoot } from '../../../../helpers/content.ts';

test('an entry’s id is its file name', () => {
  assert.equal(registryIdOf('content/venues/jinggangshan.yaml'), 'jinggangshan');
  assert.equal(registryIdOf('content/lecturers/li.yml'), 'li');
});

test('files are read all at once: a bad name, bad YAML and a schema error each get a line, the rest pass', () => {
  const { records, ids, issues } = readRegistries({
    lecturers: [
      { file: 'content/lecturers/Li_Laoshi.yaml', text: 'name: 李老师\n' },
      { file: 'content/lecturers/broken.yaml', text: 'name: [\n' },
      {
        file: 'content/lecturers/wang.yaml',
        text: 'name: 王老师\nunit: 党校\nteam: choir\ntopics: [theory]\n',
      },
      {
        file: 'content/lecturers/li.yaml',
        text: 'name: 李老师\nunit: 党校\nteam: expert\ntopics: [theory]\n',
      },
    ],
  });
  assert.deepEqual(
    records.map(({ kind, id }) => `${kind}/${id}`),
    ['lecturers/li'],
  );
  // A broken file's id is still known: a reference to it is not reported as unknown too.
  assert.ok(ids.lecturers.has('broken'));
  assert.deepEqual(
    issues.map(({ file, line, code }) => `${file}:${line} ${code}`),
    [
      'content/lecturers/Li_Laoshi.yaml:1 registry-file-name',
      'content/lecturers/broken.yaml:2 yaml-syntax',
      'content/lecturers/wang.yaml:3 field-value',
    ],
  );
});

test('the shipped registries load, with a short code for each entry', () => {
  const registries = loadRegistries(projectRoot);
  assert.ok(registries.venues.length >= 8);
  assert.ok(registries.lecturers.length >= 10);
  assert.ok(new Set(registries.lecturers.map((entry) => entry.data.team)).size >= 3);
  const codes = registryShortCodes(registries);
  assert.ok(codes.includes('venue-jinggangshan'));
  assert.ok(codes.includes('lecturer-party-school-li'));
});
