import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';

// The store reads localStorage; a Map stands in for it, emptied before each test.
const items = new Map<string, string>();
Object.defineProperty(globalThis, 'localStorage', {
  configurable: true,
  value: {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  },
});
const store = await import('../../../../src/browser/progress/progress-store.ts');
beforeEach(() => items.clear());

test('the survey is kept with the progress, changeable and removable', () => {
  assert.deepEqual(store.readSurvey(), []);
  store.setStudied('DX-002', true);
  store.setRating('DX-002', 2);
  store.setSurvey(['theory', 'party-spirit'], new Date('2027-03-01T02:00:00Z'));
  assert.deepEqual(store.readSurvey(), ['theory', 'party-spirit']);
  assert.deepEqual(JSON.parse(items.get('dangjian-progress')!).survey, {
    topics: ['theory', 'party-spirit'],
    day: '2027-03-01',
  });
  store.setSurvey([]);
  assert.deepEqual(store.readSurvey(), []);
  assert.equal('survey' in JSON.parse(items.get('dangjian-progress')!), false);
  // The rest of the progress is untouched.
  assert.deepEqual([...store.readRatings()], [['DX-002', 2]]);
  assert.ok(store.readProgress().has('DX-002'));
});

test('a stored survey that is not a list of ids reads as none', () => {
  items.set('dangjian-progress', JSON.stringify({ v: 1, studied: {}, survey: { topics: 'theory' } }));
  assert.deepEqual(store.readSurvey(), []);
  items.set('dangjian-progress', JSON.stringify({ v: 1, studied: {}, survey: { topics: ['theory', 3] } }));
  assert.deepEqual(store.readSurvey(), ['theory']);
});

test('a restore brings the survey back only when this phone has none', () => {
  const day = new Date('2027-05-10T00:00:00Z');
  store.mergeRestored(['DX-002'], new Map([['DX-002', 1]]), day, ['comprehensive']);
  assert.deepEqual(store.readSurvey(), ['comprehensive']);
  store.setSurvey(['theory']);
  store.mergeRestored([], new Map(), day, ['comprehensive']);
  assert.deepEqual(store.readSurvey(), ['theory']);
});
