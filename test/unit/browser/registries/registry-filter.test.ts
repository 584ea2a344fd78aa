import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cardMatches, chosenFrom } from '../../../../src/browser/registries/registry-filter.ts';

const card = (attributes: Record<string, string>) => ({
  getAttribute: (name: string) => attributes[name] ?? null,
});

test('a card shows when it has every chosen value; an empty choice matches all', () => {
  const venue = card({ 'data-f-kind': 'red-base', 'data-f-group': 'activist ordinary' });
  assert.ok(
    cardMatches(
      venue,
      new Map([
        ['kind', 'red-base'],
        ['group', 'ordinary'],
      ]),
    ),
  );
  assert.ok(cardMatches(venue, new Map([['kind', '']])));
  assert.ok(!cardMatches(venue, new Map([['group', 'branch-secretary']])));
  assert.ok(!cardMatches(venue, new Map([['region', '江西省']])));
});

test('the URL query names the choice, for the form’s keys only', () => {
  assert.deepEqual(
    [...chosenFrom('?kind=benchmark&other=x', ['region', 'kind'])],
    [
      ['region', ''],
      ['kind', 'benchmark'],
    ],
  );
});
