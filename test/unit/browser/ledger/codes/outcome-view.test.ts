import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outcomeSummary, renderOutcomes } from '../../../../../src/browser/ledger/codes/outcome-view.ts';
import { findCodesInText } from '../../../../../src/lib/ledger/codes-in-text.ts';
import { matchCodes } from '../../../../../src/lib/ledger/match-codes.ts';
import { parseRoster } from '../../../../../src/lib/ledger/roster.ts';
import { GROUPS, makeCode, PATHS, TODAY, YEAR } from '../../../lib/ledger/ledger-fixtures.ts';

const rows = parseRoster('姓名\t党员类别\n张三\t普通党员\n<b>李四</b>\t普通党员', GROUPS).rows;
const good = makeCode('ordinary', '张三', { studied: 2 });
const foreign = makeCode('ordinary', '<b>李四</b>', { studied: 1 });
const damaged = `${good.slice(0, -2)}${good.endsWith('A') ? 'B' : 'A'}`;
const text = [
  '张三 10:01',
  good,
  '某人 10:02',
  makeCode('ordinary', '王五', { studied: 1 }),
  foreign,
  damaged,
].join('\n');
const { outcomes } = matchCodes(findCodesInText(text), { rows, paths: PATHS, today: TODAY, year: YEAR });

test('outcomes are grouped by kind with counts, every code listed with its reason', () => {
  const html = renderOutcomes(outcomes, 'paste');
  assert.match(html, /data-outcome="matched" data-count="2"/);
  assert.match(html, /data-outcome="unmatched" data-count="1"/);
  assert.match(html, /data-outcome="damaged" data-count="1"/);
  assert.equal((html.match(/<li /g) ?? []).length, outcomes.length);
  assert.match(html, /名单第 2 行 张三：已学 2 个模块，16 学时/);
  assert.match(html, /粘贴内容第 4 行/);
  assert.equal(
    outcomeSummary(outcomes),
    '找到 4 个完成码：已计入 2 个，名单中找不到此人 1 个，完成码有误 1 个。',
  );
});

test('names from the roster are escaped, never markup', () => {
  const html = renderOutcomes(outcomes, 'scan');
  assert.ok(!html.includes('<b>'));
  assert.match(html, /&lt;b&gt;李四&lt;\/b&gt;/);
});

test('nothing found says what a code looks like', () => {
  assert.match(outcomeSummary([]), /没有找到完成码/);
});
