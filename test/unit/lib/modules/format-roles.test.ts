import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatRoles } from '../../../../src/lib/modules/format-roles.ts';
import { loadTaxonomy } from '../../../helpers/content.ts';

test('the shipped formats say which ones are films and which are hands-on practice', () => {
  const roleOf = formatRoles(loadTaxonomy().formats);
  assert.equal(roleOf('film'), 'film');
  for (const id of ['simulation', 'sand-table', 'practice', 'on-site', 'red-education']) {
    assert.equal(roleOf(id), 'practice', id);
  }
  assert.equal(roleOf('lecture'), 'lesson');
});

test('a format the organizer adds as practice is treated as practice; unknown ids as lessons', () => {
  const roleOf = formatRoles([{ id: 'volunteer', role: 'practice' }]);
  assert.equal(roleOf('volunteer'), 'practice');
  assert.equal(roleOf('not-a-format'), 'lesson');
});
