// The figures issue 12 asks of the site build, each printed against its target.
import { siteLabel, type BenchResult } from './bench-report.ts';

/** The build targets at the largest size measured (2,000 modules in the issue). */
export const BUILD_TARGETS = {
  /** Our build time over plain Starlight's, same run, same modules. */
  maxTimeRatio: 0.6,
  /** Peak resident memory of the whole build (every process it starts), in MB. */
  maxPeakRssMb: 2048,
} as const;

export interface TargetCheck {
  figure: string;
  value: string;
  target: string;
  met: boolean;
}

/**
 * Every target for the sizes in `results`: the time ratio and peak memory at the largest N where
 * both sites were built, and memory growth from the smallest to the largest N of ours, which is
 * sub-linear when it grows less than N does (under ×4 from 500 to 2,000).
 */
export function checkTargets(results: readonly BenchResult[]): TargetCheck[] {
  // Each render setting ours was built with is judged on its own against the same plain builds.
  const settings = new Set(results.filter((r) => r.site === 'ours').map((r) => r.prerender));
  return [...settings].flatMap((setting) =>
    checkSetting(results.filter((r) => r.site === 'plain' || r.prerender === setting)),
  );
}

function checkSetting(results: readonly BenchResult[]): TargetCheck[] {
  const ours = results.filter((r) => r.site === 'ours').toSorted((a, b) => a.n - b.n);
  const largest = ours.at(-1);
  if (!largest) return [];
  const plain = results.find((r) => r.site === 'plain' && r.n === largest.n);
  const checks: TargetCheck[] = [];
  if (plain) {
    const ratio = largest.buildSeconds / plain.buildSeconds;
    checks.push({
      figure: `N=${largest.n} build time, ${siteLabel(largest)} / plain Starlight`,
      value: `×${ratio.toFixed(2)} (${largest.buildSeconds.toFixed(1)} s / ${plain.buildSeconds.toFixed(1)} s; CPU ×${(largest.cpuSeconds / plain.cpuSeconds).toFixed(2)})`,
      target: `≤ ×${BUILD_TARGETS.maxTimeRatio}`,
      met: ratio <= BUILD_TARGETS.maxTimeRatio,
    });
  }
  checks.push({
    figure: `N=${largest.n} peak RSS, ${siteLabel(largest)}`,
    value: `${largest.peakRssMb.toFixed(0)} MB${plain ? ` (plain ${plain.peakRssMb.toFixed(0)} MB)` : ''}`,
    target: `≤ ${BUILD_TARGETS.maxPeakRssMb} MB`,
    met: largest.peakRssMb <= BUILD_TARGETS.maxPeakRssMb,
  });
  const smallest = ours[0]!;
  if (smallest.n < largest.n) {
    const growth = largest.peakRssMb / smallest.peakRssMb;
    const sizeGrowth = largest.n / smallest.n;
    checks.push({
      figure: `peak RSS growth of ${siteLabel(largest)}, N=${smallest.n} → ${largest.n}`,
      value: `×${growth.toFixed(2)}`,
      target: `< ×${sizeGrowth.toFixed(0)} (sub-linear)`,
      met: growth < sizeGrowth,
    });
  }
  return checks;
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks
    .map((c) => `${c.met ? 'PASS' : 'MISS'}  ${c.figure}: ${c.value}, target ${c.target}`)
    .join('\n');
}
