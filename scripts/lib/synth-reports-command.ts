// What `npm run synth -- --reports N --out DIR` does: write N synthetic branch report files
// (synthetic-reports.ts) into DIR/reports/, the organization tree as DIR/组织架构.csv (a few
// branches more than the reports, so 未报送 is not empty) and the truth as DIR/truth.json, to try
// /rollup/ at scale or check its totals by hand.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { reportFileName, serialiseReportFile } from '../../src/lib/reports/report-file.ts';
import { writeCsv } from '../../src/lib/spreadsheet/write-csv.ts';
import { generateSyntheticReports, type SynthReportOptions } from './synthetic-reports.ts';

export const TREE_FILE = '组织架构.csv';

export async function runSynthReports(
  root: string,
  options: SynthReportOptions & { out: string },
): Promise<{ lines: string[]; written: string[] }> {
  const outDir = resolve(root, options.out);
  const { reports, tree, truth } = await generateSyntheticReports(options);
  mkdirSync(join(outDir, 'reports'), { recursive: true });
  const written = reports.map((report) => {
    const path = join(outDir, 'reports', reportFileName(report));
    writeFileSync(path, serialiseReportFile(report));
    return path;
  });
  const [header, ...rows] = tree;
  writeFileSync(
    join(outDir, TREE_FILE),
    writeCsv(
      header!.map((name) => ({ header: name })),
      rows,
    ),
  );
  writeFileSync(join(outDir, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  const where = relative(root, outDir).split('\\').join('/') || '.';
  return {
    lines: [
      `已生成 ${reports.length} 个支部上报文件，写入 ${where}/reports/（种子 ${options.seed ?? 1}）。`,
      `组织架构 ${where}/${TREE_FILE} 列出 ${rows.length} 个支部，其中 ${truth.missing.length} 个没有上报文件；真实合计见 ${where}/truth.json。`,
      `党员 ${truth.members} 人，参学 ${truth.participants} 人，达标 ${truth.reached} 人，人次 ${truth.attendances}，总学时 ${truth.hours.total}。`,
    ],
    written: [...written, join(outDir, TREE_FILE), join(outDir, 'truth.json')].map((p) =>
      relative(root, p).split('\\').join('/'),
    ),
  };
}
