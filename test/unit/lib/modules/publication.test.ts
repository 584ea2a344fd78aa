import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  isPublished,
  liveTargets,
  pointsAtDraft,
  publishedOnly,
} from '../../../../src/lib/modules/publication.ts';
import { makeEntry, makeModule } from '../../../helpers/modules.ts';

const published = makeModule({ code: 'LL-001' });
const draft = makeModule({ code: 'LL-002', status: 'draft' });

test('only published modules are published; drafts keep their order out of the list', () => {
  assert.equal(isPublished(published), true);
  assert.equal(isPublished(draft), false);
  const entries = [makeEntry({ code: 'LL-003' }), { data: draft }, makeEntry({ code: 'LL-001' })];
  assert.deepEqual(
    publishedOnly(entries).map((entry) => entry.data.code),
    ['LL-003', 'LL-001'],
  );
});

test('a published module pointing at a draft breaks on the site; a draft may point anywhere', () => {
  assert.equal(pointsAtDraft(published, draft), true);
  assert.equal(pointsAtDraft(draft, draft), false);
  assert.equal(pointsAtDraft(draft, published), false);
  assert.equal(pointsAtDraft(published, published), false);
});

test('a QR code may open a published module or any member group path, never a draft', () => {
  const live = liveTargets([published, draft], [{ id: 'ordinary' }]);
  assert.deepEqual([...live.modules], ['LL-001']);
  assert.deepEqual([...live.groups], ['ordinary']);
});
