// The path part of `npm run bench`: in a built synthetic site, are the pages and packs a group's
// path drives bounded by its yearly plan rather than by the library (issue 11)? Reads the built
// path pages, path.json and .ics files, and prints each group's path pack from its print page.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PackFile } from '../../src/lib/packs/plan.ts';
import { renderPdfs } from '../../src/lib/packs/pdf/render-pdfs.ts';
import type { PublishedPath } from '../../src/lib/progress/verify.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';

/**
 * Targets from the issue: a path page a phone loads quickly, a pack a branch can print. The pack
 * was 150 pages (issue 11's target) until issue 18 added five pages of forms to fill in by hand:
 * a 列席记录表 per discussion (two pages), the 评估卡 (two) and the 培训需求调研表 (one).
 */
export const PATH_PAGE_LIMIT_KB = 40;
export const PACK_PAGE_LIMIT = 155;

export interface PathFigure {
  n: number;
  group: string;
  pathPageKb: number;
  /** A4 pages of the group's path pack; undefined when packs were not printed. */
  packPages: number | undefined;
  /** Whether both calendars hold exactly the plan's required modules. */
  scheduleIsPlan: boolean;
}

const CODE = /[A-Z]{2,3}-\d{3,4}/g;

function groupsIn(distDir: string): string[] {
  const dir = join(distDir, sitePaths.studyPaths());
  return readdirSync(dir).filter((name) => existsSync(join(dir, name, 'path.json')));
}

function scheduleIsPlan(distDir: string, group: string): boolean {
  const path = JSON.parse(readFileSync(join(distDir, sitePaths.pathData(group)), 'utf8')) as PublishedPath;
  const required = path.plans.find((plan) => plan.version === path.current)!.modules.map((m) => m.code);
  const expected = [...new Set(required)].sort().join();
  return ['quarterly', 'monthly'].every((cadence) => {
    const ics = readFileSync(join(distDir, sitePaths.pathCalendar(group, cadence)), 'utf8').replace(
      /\r\n /g,
      '',
    );
    return [...new Set(ics.match(CODE))].sort().join() === expected;
  });
}

/** Prints the path packs (not the module packs) from the print pages of a `CURRICULUM_PACKS=html` build. */
async function packPages(distDir: string, cacheDir: string): Promise<Map<string, number>> {
  const planFile = join(distDir, sitePaths.packPlan());
  if (!existsSync(planFile)) return new Map();
  const packs = (JSON.parse(readFileSync(planFile, 'utf8')) as PackFile[]).filter(
    (pack) => pack.kind === 'path',
  );
  await renderPdfs(packs, { outDir: distDir, cacheDir, log: () => undefined });
  return new Map(
    packs.map((pack) => {
      const info = spawnSync('pdfinfo', [join(distDir, pack.output)], { encoding: 'utf8' }).stdout ?? '';
      return [pack.owner, Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN)];
    }),
  );
}

/** Every group's figures in the built site at `distDir`. */
export async function measurePaths(n: number, distDir: string, cacheDir: string): Promise<PathFigure[]> {
  const pages = await packPages(distDir, cacheDir);
  return groupsIn(distDir).map((group) => ({
    n,
    group,
    pathPageKb: statSync(join(distDir, sitePaths.path(group), 'index.html')).size / 1024,
    packPages: pages.get(group),
    scheduleIsPlan: scheduleIsPlan(distDir, group),
  }));
}

export function pathsWithinBounds(rows: readonly PathFigure[]): boolean {
  return rows.every(
    (row) =>
      row.pathPageKb <= PATH_PAGE_LIMIT_KB && (row.packPages ?? 0) <= PACK_PAGE_LIMIT && row.scheduleIsPlan,
  );
}

export function formatPathFigures(rows: readonly PathFigure[]): string {
  const header = `| modules | group | path page (≤ ${PATH_PAGE_LIMIT_KB} KB) | path pack (≤ ${PACK_PAGE_LIMIT} pages) | schedules = required |\n|---:|---|---:|---:|---|`;
  const lines = rows.map(
    (row) =>
      `| ${row.n} | ${row.group} | ${row.pathPageKb.toFixed(1)} KB | ${row.packPages ?? '—'} | ${row.scheduleIsPlan ? 'yes' : 'NO'} |`,
  );
  return [header, ...lines].join('\n');
}
