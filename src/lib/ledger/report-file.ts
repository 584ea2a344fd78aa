/**
 * The report file (上报文件) a branch sends up once a year (issue 18): where the branch sits, the
 * plan versions it kept, per group 人数, 参学人数 and 达标人数, 人次 per session and batch, 学时,
 * 列席 entries and rating tallies per module. No names unless the secretary ticks the box.
 *
 * Like the backup, the file is versioned and checked whole before anything reads it: its kind,
 * its version, every field (report-file-schema.ts), then its SHA-256 digest (report-digest.ts),
 * so a figure changed by hand is refused with a Chinese reason. Both functions are async
 * because WebCrypto's digest is.
 */
import { describeIssues } from './backup-issues.ts';
import type { Ledger } from './ledger-state.ts';
import { contentDigest } from './report-digest.ts';
import {
  REPORT_FORMAT,
  REPORT_VERSION,
  ReportFileSchema,
  type ReportContent,
  type ReportFile,
} from './report-file-schema.ts';
import {
  reportEvaluations,
  reportGroups,
  reportHours,
  reportMembers,
  reportSittings,
} from './report-figures.ts';
import { memberTotals } from './totals.ts';

export { REPORT_FORMAT, REPORT_VERSION, type ReportFile } from './report-file-schema.ts';

export interface ReportOptions {
  /** 附上党员名单: add each member's name and 学时. Off unless the secretary ticks it. */
  includeMembers: boolean;
  now?: Date;
}

export async function createReportFile(ledger: Ledger, options: ReportOptions): Promise<ReportFile> {
  const totals = memberTotals(ledger);
  const sittings = reportSittings(ledger, totals);
  const content: ReportContent = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    branch: { name: ledger.branch.name, unit: ledger.branch.unit, company: ledger.branch.company },
    year: ledger.year,
    groups: reportGroups(ledger, totals, sittings),
    sittings,
    hours: reportHours(totals.members),
    // The ledger records no 列席 yet (issue 18, part 3); the list is in the format from version 1.
    attendees: [],
    evaluations: reportEvaluations(ledger),
    ...(options.includeMembers ? { members: reportMembers(totals) } : {}),
  };
  return { ...content, integrity: { algorithm: 'SHA-256', digest: await contentDigest(content) } };
}

/** The file as written: readable JSON, two-space indented, ending in a newline. */
export const serialiseReportFile = (report: ReportFile) => `${JSON.stringify(report, null, 2)}\n`;

const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** `支部上报文件-<支部>-<年度>.json`: all the organizer sees among hundreds of files. */
export function reportFileName(ledger: Pick<Ledger, 'branch' | 'year'>): string {
  const branch = ledger.branch.name.replace(UNSAFE, '_').trim().slice(0, 40) || '未命名支部';
  return `支部上报文件-${branch}-${ledger.year}.json`;
}

export type ReportResult = { ok: true; report: ReportFile } | { ok: false; problems: string[] };

const FOREIGN = '这不是支部上报文件';
const refuse = (problem: string): ReportResult => ({ ok: false, problems: [problem] });

export async function parseReportFile(text: string): Promise<ReportResult> {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) return refuse(`${FOREIGN}：文件是空的。`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return refuse(`${FOREIGN}：内容不是完整的 JSON，文件可能已损坏或只保存了一部分。`);
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== REPORT_FORMAT)
    return refuse(`${FOREIGN}：缺少标记 format: "${REPORT_FORMAT}"。`);
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > REPORT_VERSION)
    return refuse(
      `这个上报文件由更新版本的台账生成（版本 ${version}），本页面只能读取版本 ${REPORT_VERSION}。请刷新页面后再导入。`,
    );
  if (version !== REPORT_VERSION)
    return refuse(`上报文件的版本号不对（${JSON.stringify(version)}），允许：${REPORT_VERSION}。`);
  const parsed = ReportFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, data, '上报文件') };
  const { integrity, ...content } = parsed.data;
  if ((await contentDigest(content)) !== integrity.digest)
    return refuse('文件内容与校验值不符，可能被手工改动过。请让支部从台账重新导出上报文件。');
  const problems = checkReferences(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, report: parsed.data };
}

/** What the schema cannot see: each group once, and every sitting and member in a known group. */
function checkReferences(report: ReportFile): string[] {
  const problems: string[] = [];
  const groups = new Set<string>();
  for (const group of report.groups) {
    if (groups.has(group.id)) problems.push(`上报文件中党员类别 ${group.id} 重复。`);
    groups.add(group.id);
  }
  for (const sitting of report.sittings)
    if (!groups.has(sitting.groupId))
      problems.push(`上报文件中活动 ${sitting.sessionId} 的党员类别 ${sitting.groupId} 不在文件的类别中。`);
  for (const member of report.members ?? [])
    if (!groups.has(member.group))
      problems.push(`上报文件中党员 ${member.name} 的党员类别 ${member.group} 不在文件的类别中。`);
  return problems;
}
