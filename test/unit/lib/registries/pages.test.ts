import assert from 'node:assert/strict';
import { test } from 'node:test';
import { registryEntryPages } from '../../../../src/lib/registries/pages.ts';

test('one page per entry, at its id, with the entry as props', () => {
  const entry = { id: 'jinggangshan', data: { name: '井冈山' } };
  assert.deepEqual(registryEntryPages([entry]), [{ params: { id: 'jinggangshan' }, props: { entry } }]);
});
