/**
 * Which of the dropped files are rolled up, and why each of the others is not. Every file is read
 * with `parseReportFile` (a hand-edited file fails its digest and is refused), then checked
 * against the scope: its year, its level (files come from below), its organization. Two files
 * of the same writer keep the newer (`createdAt`) and name the other; a file whose branches
 * another file already covers (a 支部's file beside its 二级单位's) is refused, so no branch
 * counts twice. Every refusal names the file and says why, in Chinese.
 */
import { parseReportFile } from '../reports/report-file.ts';
import { REPORT_LEVEL_LABELS, type ReportContent } from '../reports/report-schema.ts';
import {
  LEVEL_RANK,
  ROLLUP_LEVEL_LABELS,
  placeInScope,
  placeKey,
  placeLabel,
  type RollupScope,
} from './scope.ts';

export interface InputFile {
  fileName: string;
  text: string;
}

export interface AcceptedInput {
  fileName: string;
  report: ReportContent;
  digest: string;
}

export interface RejectedInput {
  fileName: string;
  reasons: string[];
}

export interface InputVerdicts {
  accepted: AcceptedInput[];
  rejected: RejectedInput[];
}

/** `2027-06-02 09:30`, Beijing time: what the organizer compares two files by. */
export function beijingTime(iso: string): string {
  const time = new Date(Date.parse(iso) + 8 * 3600_000).toISOString();
  return `${time.slice(0, 10)} ${time.slice(11, 16)}`;
}

function scopeCheck(report: ReportContent, scope: RollupScope): string[] {
  const reasons: string[] = [];
  if (report.year !== scope.year)
    reasons.push(`这是 ${report.year} 年度的上报文件，本次汇总的是 ${scope.year} 年度。`);
  if (LEVEL_RANK[report.level] >= LEVEL_RANK[scope.level])
    reasons.push(
      `这是${REPORT_LEVEL_LABELS[report.level]}的上报文件，${ROLLUP_LEVEL_LABELS[scope.level]}汇总只收下级的文件。`,
    );
  else if (!placeInScope(report.place, scope))
    reasons.push(`这份文件属于「${placeLabel(report.place)}」，不在本次汇总的单位之内。`);
  return reasons;
}

const writerKey = (report: ReportContent) => `${report.level}\u0001${placeKey(report.place)}`;
const newerFirst = (a: AcceptedInput, b: AcceptedInput) =>
  b.report.createdAt.localeCompare(a.report.createdAt) || a.fileName.localeCompare(b.fileName);

/** Keeps one file per writer, the newer; names the other. */
function keepNewest(inputs: AcceptedInput[], rejected: RejectedInput[]): AcceptedInput[] {
  const byWriter = Map.groupBy(inputs, (input) => writerKey(input.report));
  return [...byWriter.values()].map((files) => {
    const [kept, ...older] = [...files].sort(newerFirst);
    const label = REPORT_LEVEL_LABELS[kept!.report.level];
    for (const file of older)
      rejected.push({
        fileName: file.fileName,
        reasons: [
          `与「${kept!.fileName}」是同一${label}的上报文件，已采用生成时间较新的「${kept!.fileName}」（${beijingTime(kept!.report.createdAt)}），这份（${beijingTime(file.report.createdAt)}）未计入。`,
        ],
      });
    return kept!;
  });
}

/** Higher levels first: a 二级单位's file wins over the 支部 files it already contains. */
function dropOverlaps(inputs: AcceptedInput[], rejected: RejectedInput[]): AcceptedInput[] {
  const order = [...inputs].sort(
    (a, b) => LEVEL_RANK[b.report.level] - LEVEL_RANK[a.report.level] || a.fileName.localeCompare(b.fileName),
  );
  const covered = new Map<string, string>();
  const kept: AcceptedInput[] = [];
  for (const input of order) {
    const clash = input.report.reported.find((place) => covered.has(placeKey(place)));
    if (clash) {
      rejected.push({
        fileName: input.fileName,
        reasons: [
          `其中的支部「${placeLabel(clash)}」已包含在「${covered.get(placeKey(clash))}」中，为免重复计数，这份未计入。如果这份更新，请让上级文件的报送单位重新汇总后再报。`,
        ],
      });
      continue;
    }
    for (const place of input.report.reported) covered.set(placeKey(place), input.fileName);
    kept.push(input);
  }
  return kept.sort((a, b) => a.fileName.localeCompare(b.fileName));
}

export async function readInputs(files: readonly InputFile[], scope: RollupScope): Promise<InputVerdicts> {
  const rejected: RejectedInput[] = [];
  const parsed: AcceptedInput[] = [];
  const results = await Promise.all(files.map((file) => parseReportFile(file.text)));
  results.forEach((result, index) => {
    const { fileName } = files[index]!;
    if (!result.ok) return void rejected.push({ fileName, reasons: result.problems });
    const reasons = scopeCheck(result.report, scope);
    if (reasons.length) return void rejected.push({ fileName, reasons });
    parsed.push({ fileName, report: result.report, digest: result.digest });
  });
  const accepted = dropOverlaps(keepNewest(parsed, rejected), rejected);
  rejected.sort((a, b) => a.fileName.localeCompare(b.fileName));
  return { accepted, rejected };
}
