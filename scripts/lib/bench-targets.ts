// The figures issue 20 asks of the site build, each printed against its target.
import { siteLabel, type BenchResult } from './bench-report.ts';

/** The build targets, by number of modules; each applies from its size up to the next one. */
export const BUILD_TARGETS = {
  /** Our build time over plain Starlight's, same run, same modules: most libraries hold 100–500. */
  maxTimeRatio: [
    { fromModules: 0, ratio: 1.0 },
    { fromModules: 2000, ratio: 0.5 },
  ],
  /** Peak resident memory of the whole build (every process it starts), in MB, up to this size. */
  maxPeakRssMb: 2048,
  peakRssUpToModules: 2000,
} as const;

/** The time ratio ours must stay within at `n` modules. */
export function maxTimeRatioAt(n: number): number {
  return BUILD_TARGETS.maxTimeRatio.findLast(({ fromModules }) => n >= fromModules)!.ratio;
}

export interface TargetCheck {
  figure: string;
  value: string;
  target: string;
  met: boolean;
}

/**
 * Every target for the sizes in `results`: the time ratio at every N where both sites were built,
 * peak memory at every N up to 2,000 (larger sizes are recorded, with no target), and memory
 * growth from the smallest to the largest N of ours, which is sub-linear when it grows less than
 * N does (under ×4 from 500 to 2,000).
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
  const checks: TargetCheck[] = [];
  for (const built of ours) {
    const plain = results.find((r) => r.site === 'plain' && r.n === built.n);
    if (plain) {
      const ratio = built.buildSeconds / plain.buildSeconds;
      const target = maxTimeRatioAt(built.n);
      checks.push({
        figure: `N=${built.n} build time, ${siteLabel(built)} / plain Starlight`,
        value: `×${ratio.toFixed(2)} (${built.buildSeconds.toFixed(1)} s / ${plain.buildSeconds.toFixed(1)} s; CPU ×${(built.cpuSeconds / plain.cpuSeconds).toFixed(2)})`,
        target: `≤ ×${target.toFixed(1)}`,
        met: ratio <= target,
      });
    }
    if (built.n <= BUILD_TARGETS.peakRssUpToModules)
      checks.push({
        figure: `N=${built.n} peak RSS, ${siteLabel(built)}`,
        value: `${built.peakRssMb.toFixed(0)} MB${plain ? ` (plain ${plain.peakRssMb.toFixed(0)} MB)` : ''}`,
        target: `≤ ${BUILD_TARGETS.maxPeakRssMb} MB`,
        met: built.peakRssMb <= BUILD_TARGETS.maxPeakRssMb,
      });
  }
  const smallest = ours[0];
  const largest = ours.at(-1);
  if (smallest && largest && smallest.n < largest.n) {
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
