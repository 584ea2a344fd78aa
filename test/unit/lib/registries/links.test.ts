import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  lecturerOf,
  modulesAtVenue,
  modulesTaughtBy,
  venuesOf,
} from '../../../../src/lib/registries/links.ts';

const modules = [
  { data: { code: 'A-001', lecturer: 'li', venues: ['jgs'] } },
  { data: { code: 'A-002', lecturer: '外请专家' } },
  { data: { code: 'A-003', lecturer: 'li', venues: ['jgs', 'ya'] } },
];
const lecturers = [{ id: 'li', data: { name: '李老师' } }];
const venues = [
  { id: 'jgs', data: { name: '井冈山' } },
  { id: 'ya', data: { name: '延安' } },
];

test('a lecturer’s and a venue’s modules come from the modules that name them, in order', () => {
  assert.deepEqual(
    modulesTaughtBy(modules, 'li').map((m) => m.data.code),
    ['A-001', 'A-003'],
  );
  assert.deepEqual(
    modulesAtVenue(modules, 'ya').map((m) => m.data.code),
    ['A-003'],
  );
});

test('a module’s lecturer is an entry when it names one, else its text', () => {
  assert.deepEqual(lecturerOf('li', lecturers), { id: 'li', name: '李老师' });
  assert.deepEqual(lecturerOf('外请专家', lecturers), { text: '外请专家' });
  assert.equal(lecturerOf(undefined, lecturers), undefined);
});

test('a module’s venues keep its order and skip unknown ids', () => {
  assert.deepEqual(venuesOf(['ya', 'gone', 'jgs'], venues), [
    { id: 'ya', name: '延安' },
    { id: 'jgs', name: '井冈山' },
  ]);
  assert.deepEqual(venuesOf(undefined, venues), []);
});
