import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { generateSyntheticReports } from '../../scripts/lib/synthetic-reports.ts';
import { parseReportFile, reportFileName, serialiseReportFile } from '../../src/lib/reports/report-file.ts';
import { sitePaths } from '../../src/lib/routes/routes.ts';
import { writeCsv } from '../../src/lib/spreadsheet/write-csv.ts';
import { axeViolations } from '../helpers/axe.ts';
import { visitOnceThenGoOffline } from '../helpers/offline-tool.ts';
import { pdfPages } from '../helpers/pdf.ts';

// 组织部汇总 as an organizer uses it: a first visit online keeps the page, then with the network
// cut a handful of synthetic branch reports (one of them edited by hand) and a tree with more
// branches than reports are dropped in; the totals, 未报送 and the refused file show, the
// level-up file and the workbook download and read back, and nothing is requested off the site.
async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { download, bytes: await readFile((await download.path())!) };
}

test('a 集团 rolls up branch reports offline, names the edited file and 未报送, and exports', async ({
  page,
  context,
}, testInfo) => {
  test.setTimeout(90_000);
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const origin = await visitOnceThenGoOffline(page, context, sitePaths.rollup(), sitePaths.rollupOffline());
  await expect(page.getByRole('heading', { name: '上报文件与组织架构' })).toBeVisible();

  const { reports, tree, truth } = await generateSyntheticReports({ count: 6, seed: 11 });
  const files = reports.map((report) => ({
    name: reportFileName(report),
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseReportFile(report)),
  }));
  const edited = files[2]!;
  edited.buffer = Buffer.from(edited.buffer.toString().replace(/"members": (\d+)/, '"members": 999'));
  const accepted = reports.filter((_, i) => i !== 2);
  const members = accepted.reduce((sum, r) => sum + r.figures.groups.reduce((s, g) => s + g.members, 0), 0);

  await page.getByLabel(/选择上报文件/).setInputFiles(files);
  const [header, ...rows] = tree;
  await page.getByLabel(/组织架构（可选/).setInputFiles({
    name: '组织架构.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      writeCsv(
        header!.map((h) => ({ header: h })),
        rows,
      ),
    ),
  });
  const missing = truth.missing.length + 1;
  await expect(page.locator('[data-rollup-summary]')).toHaveText(
    `已采用 5 个上报文件，覆盖 5 个支部；未采用 1 个文件；未报送 ${missing} 个支部。`,
  );
  await expect(page.locator('[data-rollup-rejected]')).toContainText(edited.name);
  await expect(page.locator('[data-rollup-rejected]')).toContainText('手工改动');
  await expect(
    page.getByRole('region', { name: '汇总', exact: true }).getByRole('row', { name: /^人数/ }),
  ).toContainText(String(members));
  const missingTable = page.getByRole('region', { name: '未报送', exact: true });
  for (const place of [...truth.missing, reports[2]!.place])
    await expect(missingTable).toContainText(place.branch);

  const levelUp = await download(page, '下载上报上级的文件');
  expect(levelUp.download.suggestedFilename()).toBe('集团上报文件-模拟集团-2027.json');
  const read = await parseReportFile(levelUp.bytes.toString());
  if (!read.ok) throw new Error(read.problems.join('\n'));
  expect(read.report.level).toBe('company');
  expect(read.report.figures.branches).toBe(5);
  expect(read.report.missing).toHaveLength(missing);

  const workbook = new ExcelJS.Workbook();
  const xlsx = await download(page, '下载汇总表（.xlsx）');
  await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    '汇总',
    '分单位',
    '分类别',
    '未报送',
    '旧版计划',
    '列席',
    '培训评估',
    '需求调研',
  ]);
  const summary = workbook.getWorksheet('汇总')!;
  const cells = summary.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
  expect(cells).toContainEqual(['人数', members]);
  expect(cells.some((row) => String(row[0]).startsWith(`未采用：${edited.name}`))).toBe(true);

  // The 上报表 prints on one A4 page, with the totals and none of the page around it.
  const pdf = testInfo.outputPath('report.pdf');
  await writeFile(pdf, await page.pdf({ format: 'A4' }));
  const printed = pdfPages(pdf);
  expect(printed).toHaveLength(1);
  expect(printed[0]).toContain('2027年度党员教育培训情况上报表');
  expect(printed[0]).toContain(`合计${members}`);
  expect(printed[0]).not.toContain('上报文件与组织架构');

  // Nothing lost on a reload, and axe finds nothing with the tables shown, in every mode.
  expect(await axeViolations(page, 'light')).toEqual([]);
  for (const [label, settings] of [
    ['dark', { 'starlight-theme': 'dark' }],
    ['large type', { 'starlight-theme': 'light', 'cm-large-type': 'on' }],
  ] as const) {
    await page.evaluate(
      (values) => Object.entries(values).forEach(([k, v]) => localStorage.setItem(k, v)),
      settings,
    );
    await page.reload();
    await expect(page.locator('[data-rollup-summary]')).toContainText('已采用 5 个上报文件');
    expect(await axeViolations(page, label, { enhancedContrast: label === 'large type' })).toEqual([]);
  }

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '清空' }).click();
  await expect(page.locator('[data-rollup-files-status]')).toHaveText('已清空。');
  expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
