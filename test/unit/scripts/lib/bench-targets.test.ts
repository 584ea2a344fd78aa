import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BenchResult } from '../../../../scripts/lib/bench-report.ts';
import { checkTargets, formatTargets, maxTimeRatioAt } from '../../../../scripts/lib/bench-targets.ts';

const result = (n: number, site: 'ours' | 'plain', buildSeconds: number, peakRssMb: number): BenchResult => ({
  n,
  site,
  buildSeconds,
  cpuSeconds: buildSeconds / 2,
  msPerModule: (buildSeconds * 1000) / n,
  peakRssMb,
  loadBefore: 0,
  pages: n,
  modulePages: n,
  medianModuleBytes: 1,
  maxBytes: 1,
  maxPath: '',
});

test('every size is judged against its own targets, each figure with its value', () => {
  const checks = checkTargets([
    result(500, 'ours', 10, 900),
    result(500, 'plain', 15, 1600),
    result(2000, 'ours', 40, 1900),
    result(2000, 'plain', 75, 3500),
  ]);
  assert.deepEqual(
    checks.map(({ figure, target, met }) => [figure, target, met]),
    [
      ['N=500 build time, ours / plain Starlight', '≤ ×1.0', true],
      ['N=500 peak RSS, ours', '≤ 2048 MB', true],
      ['N=2000 build time, ours / plain Starlight', '≤ ×0.5', false],
      ['N=2000 peak RSS, ours', '≤ 2048 MB', true],
      ['peak RSS growth of ours, N=500 → 2000', '< ×4 (sub-linear)', true],
    ],
  );
  assert.match(formatTargets(checks), /^PASS {2}N=500 build time, ours \/ plain Starlight: ×0\.67 /);
  assert.match(formatTargets(checks), /\nMISS {2}N=2000 build time, ours \/ plain Starlight: ×0\.53 /);
});

test('the time targets: ×1.0 below 2,000 modules, ×0.5 from 2,000; memory has none past 2,000', () => {
  assert.deepEqual([100, 500, 1999, 2000, 10000].map(maxTimeRatioAt), [1, 1, 1, 0.5, 0.5]);
  const checks = checkTargets([result(10000, 'ours', 200, 6000), result(10000, 'plain', 500, 9000)]);
  assert.deepEqual(
    checks.map(({ figure, met }) => [figure, met]),
    [['N=10000 build time, ours / plain Starlight', true]],
  );
});

test('a build over a target is reported as missed, not left out', () => {
  const checks = checkTargets([
    result(500, 'ours', 30, 1000),
    result(2000, 'ours', 90, 5600),
    result(2000, 'plain', 75, 3500),
  ]);
  assert.deepEqual(
    checks.map(({ met }) => met),
    [true, false, false, false],
  );
  assert.match(
    formatTargets(checks),
    /MISS {2}peak RSS growth of ours, N=500 → 2000: ×5\.60, target < ×4 \(sub-linear\)/,
  );
});

test('each render setting of ours is judged on its own against the same plain build', () => {
  const withSetting = (r: BenchResult, prerender: string): BenchResult => ({ ...r, prerender });
  const checks = checkTargets([
    withSetting(result(2000, 'ours', 40, 1900), 'off'),
    withSetting(result(2000, 'ours', 30, 2400), 'workers 2'),
    result(2000, 'plain', 75, 3500),
  ]);
  assert.deepEqual(
    checks.map(({ figure, met }) => [figure, met]),
    [
      ['N=2000 build time, ours off / plain Starlight', false],
      ['N=2000 peak RSS, ours off', true],
      ['N=2000 build time, ours workers 2 / plain Starlight', true],
      ['N=2000 peak RSS, ours workers 2', false],
    ],
  );
});
