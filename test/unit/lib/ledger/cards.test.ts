import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyModuleEvaluation } from '../../../../src/lib/evaluation/module-evaluation.ts';
import { cardModules, checkCardTally, setCardTally } from '../../../../src/lib/ledger/cards.ts';
import { GROUPS, PATHS } from './ledger-fixtures.ts';

const tally = (cards: number, levels: [number, number, number, number]) => ({
  ...emptyModuleEvaluation('LL-001'),
  cards,
  levels,
});

test('a tally any pile of cards can give is accepted, a blank line included', () => {
  assert.deepEqual(checkCardTally(tally(20, [12, 5, 2, 1])), []);
  // Two cards left the overall line empty.
  assert.deepEqual(checkCardTally(tally(20, [10, 5, 2, 1])), []);
});

test('an impossible tally is refused with the module, the line and the counts', () => {
  const card = tally(20, [12, 5, 2, 1]);
  card.indicators.theory = [10, 10, 5, 0];
  card.indicators.manner = [1.5, 0, 0, -1];
  assert.deepEqual(checkCardTally(card), [
    'LL-001：「理论性」四档合计 25 张，多于评估卡 20 张；每张卡每一项只能选一档。',
    'LL-001：「教风教态·好」、「教风教态·差」应为 0 到 100000 之间的整数。',
  ]);
  assert.deepEqual(checkCardTally(tally(0, [1, 0, 0, 0])), [
    'LL-001：「总体评价」四档合计 1 张，多于评估卡 0 张；每张卡每一项只能选一档。',
  ]);
  assert.deepEqual(checkCardTally(tally(-2, [0, 0, 0, 0])), [
    'LL-001：评估卡张数应为 0 到 100000 之间的整数。',
  ]);
});

test('setting a tally replaces the module’s old one; zero cards removes it', () => {
  const other = { ...tally(3, [3, 0, 0, 0]), module: 'DX-001' };
  const first = setCardTally([], tally(5, [5, 0, 0, 0]));
  const both = setCardTally(setCardTally(first, other), tally(6, [6, 0, 0, 0]));
  assert.deepEqual(
    both.map((c) => [c.module, c.cards]),
    [
      ['DX-001', 3],
      ['LL-001', 6],
    ],
  );
  assert.deepEqual(
    setCardTally(both, tally(0, [0, 0, 0, 0])).map((c) => c.module),
    ['DX-001'],
  );
  assert.equal(first.length, 1, 'the input list is not changed');
});

test('cards can be entered for every module of the ledger’s plans, and for any already tallied', () => {
  const ledger = {
    groups: Object.fromEntries(GROUPS.map((g) => [g.id, g])),
    cards: [tally(2, [2, 0, 0, 0])],
  };
  const modules = cardModules(
    { ...ledger, cards: [{ ...tally(1, [1, 0, 0, 0]), module: 'OLD-001' }] },
    PATHS,
  );
  assert.equal(modules.length, 13);
  assert.deepEqual(modules[0], { code: 'DX-001', title: 'DX 模块 1' });
  assert.deepEqual(
    modules.find((m) => m.code === 'OLD-001'),
    { code: 'OLD-001', title: '' },
  );
  assert.deepEqual(cardModules({ ...ledger, groups: {} }, PATHS), [{ code: 'LL-001', title: '' }]);
});
