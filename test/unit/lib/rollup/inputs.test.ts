import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serialiseReportFile, signReport } from '../../../../src/lib/reports/report-file.ts';
import { readInputs } from '../../../../src/lib/rollup/inputs.ts';
import { createLevelUpReport } from '../../../../src/lib/rollup/level-up.ts';
import { createRollup } from '../../../../src/lib/rollup/rollup.ts';
import { companyScope, files, synthetic, targets, unitScope } from './rollup-fixtures.ts';

test('a hand-edited report is refused and named', async () => {
  const synth = await synthetic(3);
  const [first, ...rest] = files(synth);
  const edited = {
    ...first!,
    text: first!.text.replace(/"members": (\d+)/, (_, n) => `"members": ${Number(n) + 5}`),
  };
  assert.notEqual(edited.text, first!.text);
  const { accepted, rejected } = await readInputs([edited, ...rest], companyScope());
  assert.equal(accepted.length, 2);
  assert.equal(rejected.length, 1);
  assert.equal(rejected[0]!.fileName, first!.fileName);
  assert.match(rejected[0]!.reasons[0]!, /手工改动/);
});

test('a damaged file and a foreign file are named with their reason', async () => {
  const synth = await synthetic(3);
  const [first] = files(synth);
  const { rejected } = await readInputs(
    [
      { fileName: 'cut.json', text: first!.text.slice(0, 200) },
      { fileName: 'other.json', text: '{"format":"something"}' },
    ],
    companyScope(),
  );
  assert.deepEqual(
    rejected.map((r) => r.fileName),
    ['cut.json', 'other.json'],
  );
  assert.match(rejected[0]!.reasons[0]!, /不是完整的 JSON/);
  assert.match(rejected[1]!.reasons[0]!, /这不是上报文件/);
});

test('a report for another year or another organization is named', async () => {
  const synth = await synthetic(3);
  const { rejected: years } = await readInputs(files(synth), companyScope(2028));
  assert.equal(years.length, 3);
  assert.equal(years[0]!.reasons[0], '这是 2027 年度的上报文件，本次汇总的是 2028 年度。');
  const { rejected: other } = await readInputs(files(synth), { ...companyScope(), company: '另一个集团' });
  assert.equal(other.length, 3);
  assert.match(
    other[0]!.reasons[0]!,
    /^这份文件属于「模拟集团 \/ 模拟第一分公司 \/ .+」，不在本次汇总的单位之内。$/,
  );
  // Names are compared as typed by hand: full-width letters and spaces do not matter.
  const { accepted } = await readInputs(files(synth), { ...companyScope(), company: ' 模拟 集团 ' });
  assert.equal(accepted.length, 3);
});

test('a file from the same level or above is refused', async () => {
  const synth = await synthetic(3);
  const verdicts = await readInputs(files(synth), unitScope('模拟第一分公司'));
  const rollup = createRollup({
    scope: unitScope('模拟第一分公司'),
    inputs: verdicts.accepted,
    currentVersions: {},
    targets,
  });
  const unitFile = await createLevelUpReport(rollup);
  const { rejected } = await readInputs(
    [{ fileName: 'u.json', text: serialiseReportFile(unitFile!) }],
    unitScope('模拟第一分公司'),
  );
  assert.equal(rejected[0]!.reasons[0], '这是二级单位的上报文件，二级单位汇总只收下级的文件。');
});

test('two files of one branch keep the newer and name the other', async () => {
  const synth = await synthetic(3);
  const [report] = synth.reports;
  const { integrity, ...content } = report!;
  assert.equal(integrity.algorithm, 'SHA-256');
  const newer = await signReport({ ...content, createdAt: '2027-12-30T02:00:00.000Z' });
  const { accepted, rejected } = await readInputs(
    [
      { fileName: 'old.json', text: serialiseReportFile(report!) },
      { fileName: 'new.json', text: serialiseReportFile(newer) },
    ],
    companyScope(),
  );
  assert.deepEqual(
    accepted.map((a) => a.fileName),
    ['new.json'],
  );
  assert.equal(rejected[0]!.fileName, 'old.json');
  assert.match(
    rejected[0]!.reasons[0]!,
    /与「new\.json」是同一支部的上报文件，已采用生成时间较新的「new\.json」（2027-12-30 10:00）/,
  );
});

test('a branch file already inside a 二级单位 file is refused, so nothing counts twice', async () => {
  const synth = await synthetic(3);
  const branchFiles = files(synth);
  const verdicts = await readInputs(branchFiles, unitScope('模拟第一分公司'));
  const rollup = createRollup({
    scope: unitScope('模拟第一分公司'),
    inputs: verdicts.accepted,
    currentVersions: {},
    targets,
  });
  const unitFile = { fileName: 'unit.json', text: serialiseReportFile((await createLevelUpReport(rollup))!) };
  const { accepted, rejected } = await readInputs([branchFiles[0]!, unitFile], companyScope());
  assert.deepEqual(
    accepted.map((a) => a.fileName),
    ['unit.json'],
  );
  assert.equal(rejected[0]!.fileName, branchFiles[0]!.fileName);
  assert.match(rejected[0]!.reasons[0]!, /已包含在「unit\.json」中，为免重复计数/);
});
