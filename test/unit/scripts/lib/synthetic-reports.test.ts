import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runSynthReports } from '../../../../scripts/lib/synth-reports-command.ts';
import { generateSyntheticReports } from '../../../../scripts/lib/synthetic-reports.ts';
import { parseReportFile, serialiseReportFile } from '../../../../src/lib/reports/report-file.ts';

test('synthetic reports are signed v2 branch files of about 100 members, with a tree larger than the reports', async () => {
  const { reports, tree, truth } = await generateSyntheticReports({ count: 25, seed: 3 });
  assert.equal(reports.length, 25);
  assert.equal(tree.length - 1, 25 + truth.missing.length);
  assert.ok(truth.missing.length >= 2);
  assert.ok(truth.members > 25 * 80 && truth.members < 25 * 120);
  assert.ok(truth.oldPlanBranches.length > 0, 'some branches on an older plan');
  assert.ok(truth.visits.branchesVisited.unit > 0 && truth.visits.branchesVisited.unit < 25);
  for (const report of reports.slice(0, 5)) {
    const read = await parseReportFile(serialiseReportFile(report));
    assert.ok(read.ok, read.ok ? '' : read.problems.join('\n'));
  }
  // The same seed gives the same reports.
  const again = await generateSyntheticReports({ count: 25, seed: 3 });
  assert.deepEqual(again.truth, truth);
});

test('`synth --reports` writes the files, the tree and the truth', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'synth-reports-'));
  try {
    const { lines, written } = await runSynthReports(dir, { count: 4, out: 'out', seed: 2 });
    assert.match(lines[0]!, /^已生成 4 个支部上报文件/);
    assert.equal(readdirSync(join(dir, 'out', 'reports')).length, 4);
    assert.ok(written.includes('out/组织架构.csv'));
    assert.ok(
      readFileSync(join(dir, 'out', '组织架构.csv'), 'utf8').startsWith('\uFEFF集团,二级单位,支部\r\n'),
    );
    assert.equal(JSON.parse(readFileSync(join(dir, 'out', 'truth.json'), 'utf8')).branches, 4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
