import assert from 'node:assert/strict';
import { test } from 'node:test';
import { packsMode, writesPrintPages } from '../../../../src/lib/packs/mode.ts';

test('packs are printed unless CURRICULUM_PACKS says off or html', () => {
  assert.equal(packsMode(undefined), 'pdf');
  assert.equal(packsMode(''), 'pdf');
  assert.equal(packsMode('pdf'), 'pdf');
  assert.equal(packsMode('off'), 'off');
  assert.equal(packsMode('html'), 'html');
});

test('print pages are written when packs are printed or kept as HTML, never when packs are off', () => {
  assert.equal(writesPrintPages('pdf'), true);
  assert.equal(writesPrintPages('html'), true);
  assert.equal(writesPrintPages('off'), false);
});
