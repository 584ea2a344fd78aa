// Formats benchmark results as a plain-text table for the terminal.
import type { HtmlStats } from './bench-measure.ts';

export type Site = 'ours' | 'plain';

export interface BenchResult extends HtmlStats {
  n: number;
  site: Site;
  buildSeconds: number;
  msPerModule: number;
  peakRssMb: number;
  /** CPU seconds of the build's process tree: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** One-minute load average when the build started; above the core count, timings are unreliable. */
  loadBefore: number;
  /** How ours rendered its pages (`off`, `workers 2`, see bench-projects.ts); absent: as configured. */
  prerender?: string;
}

/** `ours`, `ours workers 2`, `plain`: a site and, for ours, the render setting it was built with. */
export function siteLabel(result: Pick<BenchResult, 'site' | 'prerender'>): string {
  return result.prerender ? `${result.site} ${result.prerender}` : result.site;
}

const COLUMNS = [
  'N',
  'site',
  'build s',
  'CPU s',
  'ms/module',
  'peak RSS MB',
  'median module HTML B',
  'pages',
  'max HTML B (page)',
];

export function formatTable(results: BenchResult[], cores: number): string {
  const rows = results.map((r) => [
    String(r.n),
    siteLabel(r),
    r.buildSeconds.toFixed(1),
    r.cpuSeconds.toFixed(1),
    r.msPerModule.toFixed(1),
    r.peakRssMb.toFixed(0),
    String(Math.round(r.medianModuleBytes)),
    String(r.pages),
    `${r.maxBytes} (${r.maxPath})`,
  ]);
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i < 2 || i === cells.length - 1 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!),
      )
      .join('  ')
      .trimEnd();
  const table = [line(COLUMNS), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
  const ratios = ratioLines(results);
  const busy = results.filter((r) => r.loadBefore > cores / 2);
  const warning = busy.length
    ? [
        `Note: the machine was busy (1-min load ${busy.map((r) => r.loadBefore.toFixed(1)).join(', ')} on ${cores} cores) before ${busy.length} build(s); their timings are noisy.`,
      ]
    : [];
  return [
    ...table,
    ...(ratios.length ? ['', ...ratios] : []),
    ...(warning.length ? ['', ...warning] : []),
  ].join('\n');
}

export interface Ratio {
  n: number;
  /** `ours` and its render setting, when several were built (see siteLabel). */
  ours: string;
  time: number;
  medianHtml: number;
}

/** ours / plain for each N where both sites were built, once for each setting ours was built with. */
export function ratios(results: BenchResult[]): Ratio[] {
  return results.flatMap((ours) => {
    const plain = results.find((r) => r.n === ours.n && r.site === 'plain');
    if (ours.site !== 'ours' || !plain) return [];
    return [
      {
        n: ours.n,
        ours: siteLabel(ours),
        time: ours.buildSeconds / plain.buildSeconds,
        medianHtml: ours.medianModuleBytes / plain.medianModuleBytes,
      },
    ];
  });
}

function ratioLines(results: BenchResult[]): string[] {
  return ratios(results).map(
    (r) =>
      `N=${r.n}  ${r.ours}/plain: build time ×${r.time.toFixed(2)}, median module-page HTML ×${r.medianHtml.toFixed(2)}`,
  );
}
