import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkRegistries,
  registryShortCodes,
} from '../../../../../src/lib/content/validation/registry-checks.ts';
import { loadTaxonomy } from '../../../../helpers/content.ts';

const taxonomy = loadTaxonomy();
const lecturer = (photo: string) => ({
  file: 'content/lecturers/li.yaml',
  text: `name: 李老师\nunit: 党校\nteam: expert\ntopics: [theory]\nphoto: ${photo}\n`,
});
const run = (files: string[], photo: string) =>
  checkRegistries(
    { taxonomy: {}, modules: [], files, registries: { lecturers: [lecturer(photo)] } },
    { facts: [], plans: [], taxonomy, planYear: 2027 },
  );

test('a lecturer’s photo must be a file in the repository, next to the YAML', () => {
  assert.deepEqual(run(['content/lecturers/photos/li.jpg'], './photos/li.jpg').issues, []);
  const { issues } = run([], './photos/li.jpg');
  assert.deepEqual(
    issues.map(({ file, line, field, code }) => `${file}:${line} ${field} ${code}`),
    ['content/lecturers/li.yaml:5 photo image-missing'],
  );
  // A web address is not even a photo path: the schema refuses it at its line.
  assert.deepEqual(
    run([], 'https://evil.example/li.jpg').issues.map(({ line, field }) => `${line} ${field}`),
    ['5 photo'],
  );
});

test('each valid entry gets its short code for the QR registry', () => {
  const { read } = run(['content/lecturers/photos/li.jpg'], './photos/li.jpg');
  assert.deepEqual(registryShortCodes(read), [
    { code: 'lecturer-li', file: 'content/lecturers/li.yaml', label: '授课人' },
  ]);
});
