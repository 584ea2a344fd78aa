/**
 * Writing and reading report files (上报文件) of every level. A file is checked whole before
 * anything reads it: its kind, its version, every field (report-schema.ts), its SHA-256 digest
 * (report-digest.ts: a figure changed by hand is refused), then that its parts agree. Version 1
 * files, which only branches wrote, are checked against their own digest and read as version 2.
 * The functions are async because WebCrypto's digest is.
 */
import { openDataFile } from '../platform/data-file.ts';
import { describeIssues } from '../platform/data-issues.ts';
import { contentDigest } from './report-digest.ts';
import {
  REPORT_FORMAT,
  REPORT_LEVEL_LABELS,
  REPORT_VERSION,
  ReportFileSchema,
  type ReportContent,
  type ReportFile,
  type ReportLevel,
  type ReportPlace,
} from './report-schema.ts';
import { ReportFileV1Schema, upgradeV1 } from './report-v1.ts';

/** The content with its digest: what the ledger and the rollup save. */
export async function signReport(content: ReportContent): Promise<ReportFile> {
  return { ...content, integrity: { algorithm: 'SHA-256', digest: await contentDigest(content) } };
}

/** The file as written: readable JSON, two-space indented, ending in a newline. */
export const serialiseReportFile = (report: ReportFile) => `${JSON.stringify(report, null, 2)}\n`;

const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

/** The name of the writer's own node: the branch, the 二级单位 or the 集团. */
export function placeName(level: ReportLevel, place: ReportPlace): string {
  return level === 'branch' ? place.branch : level === 'unit' ? place.unit : place.company;
}

/** `支部上报文件-<支部>-<年度>.json`, `二级单位上报文件-…`: all the organizer sees among hundreds of files. */
export function reportFileName(report: Pick<ReportContent, 'level' | 'place' | 'year'>): string {
  const label = REPORT_LEVEL_LABELS[report.level];
  const name =
    placeName(report.level, report.place).replace(UNSAFE, '_').trim().slice(0, 40) || `未命名${label}`;
  return `${label}上报文件-${name}-${report.year}.json`;
}

export type ReportResult =
  { ok: true; report: ReportContent; digest: string } | { ok: false; problems: string[] };

const refuse = (problem: string): ReportResult => ({ ok: false, problems: [problem] });
const EDITED = '文件内容与校验值不符，可能被手工改动过。请让报送单位从台账或汇总页面重新导出上报文件。';

export async function parseReportFile(text: string): Promise<ReportResult> {
  const opened = openDataFile(text, {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    foreign: '这不是上报文件',
    label: '上报文件',
    writer: '网站',
  });
  if (!opened.ok) return opened;
  const { data, version } = opened;
  if (version === 1) return readV1(data);
  if (version !== REPORT_VERSION)
    return refuse(`上报文件的版本号不对（${JSON.stringify(version)}），允许：1、${REPORT_VERSION}。`);
  const parsed = ReportFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, data, '上报文件') };
  const { integrity, ...content } = parsed.data;
  if ((await contentDigest(content)) !== integrity.digest) return refuse(EDITED);
  const problems = checkReport(content);
  return problems.length ? { ok: false, problems } : { ok: true, report: content, digest: integrity.digest };
}

async function readV1(data: unknown): Promise<ReportResult> {
  const parsed = ReportFileV1Schema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, data, '上报文件') };
  const { integrity, ...content } = parsed.data;
  if ((await contentDigest(content)) !== integrity.digest) return refuse(EDITED);
  const report = upgradeV1(content);
  const problems = checkReport(report);
  return problems.length ? { ok: false, problems } : { ok: true, report, digest: integrity.digest };
}

/** What the schema cannot see: the place fits the level, each group once, details only in a branch's file. */
export function checkReport(report: ReportContent): string[] {
  const problems: string[] = [];
  const { level, place } = report;
  const named = {
    branch: [place.company, place.unit, place.branch],
    unit: [place.company, place.unit],
    company: [place.company],
  }[level];
  if (named.some((name) => !name.trim()))
    problems.push(`上报文件 place：${REPORT_LEVEL_LABELS[level]}的文件须填写所属集团、二级单位和本级名称。`);
  const groups = new Set<string>();
  for (const group of report.figures.groups) {
    if (groups.has(group.id)) problems.push(`上报文件中党员类别 ${group.id} 重复。`);
    groups.add(group.id);
  }
  if (level !== 'branch' && (report.sittings || report.attendees || report.members))
    problems.push('上报文件中只有支部的文件可以带活动明细、列席明细和党员名单。');
  for (const sitting of report.sittings ?? [])
    if (!groups.has(sitting.groupId))
      problems.push(`上报文件中活动 ${sitting.sessionId} 的党员类别 ${sitting.groupId} 不在文件的类别中。`);
  for (const member of report.members ?? [])
    if (!groups.has(member.group))
      problems.push(`上报文件中党员 ${member.name} 的党员类别 ${member.group} 不在文件的类别中。`);
  return problems;
}
