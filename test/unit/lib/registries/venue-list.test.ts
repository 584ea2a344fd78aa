import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planVenueIds, venueList } from '../../../../src/lib/registries/venue-list.ts';

const venues = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

test('the 名录 keeps the plan’s order; the other venues follow', () => {
  assert.deepEqual(venueList(venues, ['c', 'a', 'gone']), {
    listed: [{ id: 'c' }, { id: 'a' }],
    others: [{ id: 'b' }],
  });
  assert.deepEqual(venueList(venues, undefined), { listed: [], others: venues });
});

test('the plan year’s list comes from that year’s plan file only', () => {
  const plans = [
    { year: 2026, plan: { venues: ['a'] } },
    { year: 2027, plan: {} },
  ];
  assert.deepEqual(planVenueIds(plans, 2026), ['a']);
  assert.equal(planVenueIds(plans, 2027), undefined);
  assert.equal(planVenueIds(plans, 2028), undefined);
});
