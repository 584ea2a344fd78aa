import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readInputs } from '../../../../src/lib/rollup/inputs.ts';
import { levelUpContent } from '../../../../src/lib/rollup/level-up.ts';
import { createRollup } from '../../../../src/lib/rollup/rollup.ts';
import { rollupFileName, rollupSheets } from '../../../../src/lib/rollup/rollup-sheets.ts';
import { parseTreeRows } from '../../../../src/lib/rollup/tree.ts';
import { companyScope, files, synthetic, targets } from './rollup-fixtures.ts';

test('the workbook has its sheets in order, and 分单位 ends with the 合计 of the totals', async () => {
  const synth = await synthetic(12);
  const verdicts = await readInputs(files(synth), companyScope());
  const rollup = createRollup({
    scope: companyScope(),
    inputs: verdicts.accepted,
    tree: parseTreeRows(synth.tree, 't.csv'),
    currentVersions: synth.truth.currentVersions,
    targets,
  });
  const data = {
    year: 2027,
    groups: [],
    topics: [],
    modules: {},
    visitTargets: targets,
    satisfactionLine: 80,
  };
  const sheets = rollupSheets(rollup, verdicts, data);
  assert.deepEqual(
    sheets.map((sheet) => sheet.name),
    ['汇总', '分单位', '分类别', '未报送', '旧版计划', '列席', '培训评估', '需求调研'],
  );
  const units = sheets[1]!;
  assert.equal(units.columns[0]!.header, '二级单位');
  const total = units.rows.at(-1)!;
  assert.deepEqual(total.slice(0, 5), [
    '合计',
    rollup.expected,
    12,
    rollup.missing.length,
    synth.truth.members,
  ]);
  // Each unit's row: its own members, all adding up to the total.
  assert.equal(
    units.rows.slice(0, -1).reduce((sum, row) => sum + Number(row[4]), 0),
    synth.truth.members,
  );
  assert.equal(sheets[4]!.rows.length, rollup.oldPlans.length);
  assert.equal(rollupFileName(rollup, 'xlsx'), '组织部汇总-模拟集团-2027.xlsx');
});

test('a level above a 集团 writes no level-up file; a 二级单位 writes a unit file', async () => {
  const synth = await synthetic(3);
  const verdicts = await readInputs(files(synth), companyScope());
  const common = { inputs: verdicts.accepted, currentVersions: {}, targets };
  const above = createRollup({ ...common, scope: { ...companyScope(), level: 'above', name: '国资委党委' } });
  assert.equal(levelUpContent(above), undefined);
  const company = levelUpContent(createRollup({ ...common, scope: companyScope() }))!;
  assert.deepEqual(company.place, { company: '模拟集团', unit: '', branch: '' });
  assert.equal(company.sittings, undefined);
});
