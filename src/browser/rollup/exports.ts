/**
 * The rollup's downloads, each made in the browser from the rollup on screen: the workbook (the
 * same sheets as the tables, writer loaded on first use), the signed report file one level up,
 * and `content/evaluations/<year>.yaml` (counts only) for the organizer to commit.
 */
import type { InputVerdicts } from '../../lib/rollup/inputs.ts';
import type { RollupPageData } from '../../lib/rollup/page-data.ts';
import type { Rollup } from '../../lib/rollup/rollup.ts';
import { rollupFileName } from '../../lib/rollup/rollup-sheets.ts';
import { scopeName } from '../../lib/rollup/scope.ts';
import type { TableSheet } from '../../lib/spreadsheet/types.ts';
import { downloadFile } from '../files/download.ts';

export interface Computed {
  rollup: Rollup;
  verdicts: InputVerdicts;
  sheets: TableSheet[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function startExports(
  root: HTMLElement,
  current: () => Computed | undefined,
  data: RollupPageData,
): void {
  const $ = <T extends HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const status = $('[data-rollup-export-status]');
  const run = (button: HTMLButtonElement, write: (computed: Computed) => Promise<string>) =>
    button.addEventListener('click', async () => {
      const computed = current();
      if (!computed) return;
      button.disabled = true;
      status.textContent = '正在生成……';
      try {
        status.textContent = `已生成「${await write(computed)}」，请在浏览器的下载中查看。`;
      } catch {
        status.textContent = '生成文件失败，请刷新页面后再试。';
      } finally {
        button.disabled = false;
      }
    });

  run($('[data-rollup-xlsx]'), async ({ rollup, sheets }) => {
    const { writeWorkbook } = await import('../../lib/spreadsheet/write-workbook.ts');
    const name = rollupFileName(rollup, 'xlsx');
    downloadFile(await writeWorkbook(sheets), name, XLSX);
    return name;
  });
  run($('[data-rollup-levelup]'), async ({ rollup }) => {
    const { createLevelUpReport } = await import('../../lib/rollup/level-up.ts');
    const { reportFileName, serialiseReportFile } = await import('../../lib/reports/report-file.ts');
    const report = await createLevelUpReport(rollup);
    if (!report) throw new Error('no level above');
    const name = reportFileName(report);
    downloadFile(serialiseReportFile(report), name, 'application/json');
    return name;
  });
  run($('[data-rollup-yaml]'), async ({ rollup }) => {
    const { evaluationsYaml } = await import('../../lib/rollup/evaluations-yaml.ts');
    const text = evaluationsYaml({
      year: rollup.scope.year,
      source: scopeName(rollup.scope),
      evaluations: rollup.totals.evaluations,
      survey: rollup.totals.survey,
      topicOrder: data.topics.map((topic) => topic.id),
    });
    const name = `${rollup.scope.year}.yaml`;
    downloadFile(text, name, 'text/yaml;charset=utf-8');
    return name;
  });
  $('[data-rollup-print]').addEventListener('click', () => window.print());
}
