import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseReportFile, serialiseReportFile } from '../../../../src/lib/reports/report-file.ts';
import { readInputs } from '../../../../src/lib/rollup/inputs.ts';
import { createLevelUpReport } from '../../../../src/lib/rollup/level-up.ts';
import { createRollup } from '../../../../src/lib/rollup/rollup.ts';
import { countsOf } from '../../../../src/lib/rollup/table-cells.ts';
import { parseTreeRows } from '../../../../src/lib/rollup/tree.ts';
import { companyScope, files, synthetic, targets, unitScope } from './rollup-fixtures.ts';

test('the totals equal an independent sum of the synthetic truth', async () => {
  const synth = await synthetic(40);
  const { truth } = synth;
  const verdicts = await readInputs(files(synth), companyScope());
  assert.deepEqual(verdicts.rejected, []);
  const rollup = createRollup({
    scope: companyScope(),
    inputs: verdicts.accepted,
    tree: parseTreeRows(synth.tree, '组织架构.csv'),
    currentVersions: truth.currentVersions,
    targets,
  });
  const counts = countsOf(rollup.totals);
  assert.deepEqual(
    [counts.members, counts.participants, counts.reached, counts.attendances],
    [truth.members, truth.participants, truth.reached, truth.attendances],
  );
  assert.deepEqual(rollup.totals.hours, truth.hours);
  assert.equal(rollup.totals.branches, truth.branches);
  for (const group of rollup.totals.groups) {
    const { members, participants, reached, attendances } = group;
    assert.deepEqual({ members, participants, reached, attendances }, truth.groups[group.id], group.id);
  }
  assert.deepEqual(rollup.totals.visits, truth.visits);
  assert.deepEqual(
    Object.fromEntries(
      rollup.totals.evaluations.map((e) => [e.module, { levels: e.levels, cards: e.cards }]),
    ),
    truth.evaluations,
  );
  assert.equal(rollup.totals.survey.respondents, truth.survey.respondents);
  assert.deepEqual(
    Object.fromEntries(rollup.totals.survey.topics.map((t) => [t.topic, t.count])),
    truth.survey.topics,
  );
  // 未报送: exactly the tree's branches without a report.
  assert.deepEqual(rollup.missing.map((m) => m.branch).sort(), truth.missing.map((m) => m.branch).sort());
  assert.equal(rollup.expected, truth.branches + truth.missing.length);
  assert.deepEqual(rollup.unknown, []);
  // Older plan versions: every group of each branch the truth put on an older plan.
  assert.deepEqual(
    [...new Set(rollup.oldPlans.map((old) => old.place))].sort(),
    truth.oldPlanBranches.map((p) => `${p.company} / ${p.unit} / ${p.branch}`).sort(),
  );
  // One row per 二级单位, and their figures add up to the totals.
  assert.equal(rollup.children.length, 5);
  assert.equal(
    rollup.children.reduce((sum, child) => sum + countsOf(child.figures).members, 0),
    truth.members,
  );
});

test('支部 → 二级单位 → 集团 through level-up files equals all branches at once', async () => {
  const synth = await synthetic(40);
  const { truth } = synth;
  const tree = parseTreeRows(synth.tree, '组织架构.csv');
  const common = { currentVersions: truth.currentVersions, targets, tree };
  const all = await readInputs(files(synth), companyScope());
  const atOnce = createRollup({ ...common, scope: companyScope(), inputs: all.accepted });

  const units = [...new Set(synth.reports.map((r) => r.place.unit))];
  const unitFiles = [];
  for (const unit of units) {
    const verdicts = await readInputs(files(synth), unitScope(unit));
    // Every other unit's branches are named as outside this 二级单位.
    assert.ok(verdicts.rejected.every((r) => r.reasons[0]!.includes('不在本次汇总的单位之内')));
    const rollup = createRollup({ ...common, scope: unitScope(unit), inputs: verdicts.accepted });
    const report = await createLevelUpReport(rollup, new Date('2028-01-05T00:00:00Z'));
    unitFiles.push({ fileName: `二级单位上报文件-${unit}-2027.json`, text: serialiseReportFile(report!) });
  }
  const staged = await readInputs(unitFiles, companyScope());
  assert.deepEqual(staged.rejected, []);
  const byUnits = createRollup({ ...common, scope: companyScope(), inputs: staged.accepted });
  assert.deepEqual(byUnits.totals, atOnce.totals);
  assert.deepEqual(byUnits.reported, atOnce.reported);
  const places = (list: typeof atOnce.missing) =>
    list.map(({ company, unit, branch }) => ({ company, unit, branch }));
  assert.deepEqual(places(byUnits.missing), places(atOnce.missing));

  // And the 集团's own level-up file carries the same figures as all branches at once.
  const company = await createLevelUpReport(byUnits, new Date('2028-01-10T00:00:00Z'));
  const read = await parseReportFile(serialiseReportFile(company!));
  assert.ok(read.ok);
  assert.equal(read.report.level, 'company');
  assert.deepEqual(read.report.figures, atOnce.totals);
  assert.equal(read.report.missing.length, truth.missing.length);
  // Through a level above (国资委), three levels deep.
  const aboveScope = { level: 'above' as const, year: 2027, company: '', unit: '', name: '某国资委党委' };
  const above = await readInputs([{ fileName: 'c.json', text: serialiseReportFile(company!) }], aboveScope);
  const top = createRollup({ scope: aboveScope, inputs: above.accepted, currentVersions: {}, targets });
  assert.deepEqual(top.totals, atOnce.totals);
  assert.equal(top.missing.length, truth.missing.length);
});

test('without a tree file, 未报送 comes from the files below', async () => {
  const synth = await synthetic(12);
  const verdicts = await readInputs(files(synth).slice(0, 8), companyScope());
  const rollup = createRollup({
    scope: companyScope(),
    inputs: verdicts.accepted,
    currentVersions: {},
    targets,
  });
  assert.equal(rollup.treeFromFile, false);
  assert.deepEqual(rollup.missing, []);
  assert.equal(rollup.expected, 8);
  // No current versions for another year: nothing is called an older plan.
  assert.deepEqual(rollup.oldPlans, []);
});

test('a branch of the tree without a report appears under 未报送, in its 二级单位 row', async () => {
  const synth = await synthetic(12);
  const [dropped, ...rest] = files(synth);
  const verdicts = await readInputs(rest, companyScope());
  const rollup = createRollup({
    scope: companyScope(),
    inputs: verdicts.accepted,
    tree: parseTreeRows(synth.tree, '组织架构.csv'),
    currentVersions: {},
    targets,
  });
  const branch = synth.reports[0]!.place;
  assert.ok(dropped);
  assert.ok(rollup.missing.some((m) => m.branch === branch.branch && m.source === '组织架构'));
  const row = rollup.children.find((child) => child.name === branch.unit)!;
  assert.ok(row.missing >= 1);
});
