/**
 * The backup file of a ledger: `{ format: 'dangjian-ledger', version: 2, exportedAt, ledger }`.
 * Reading one validates everything before anything is touched: the file's kind and version, every
 * field (backup-schema.ts), and that the parts refer to each other (codes and marks to rows that
 * exist, marks to sittings that exist). A damaged, foreign or future-version file gives every
 * problem in Chinese and no ledger, so the page changes nothing. Versions are integers; a newer
 * one is refused with the advice to reload, an older one is migrated here, in one place: version 1
 * (issue 17) gets empty 列席, cards and survey, and codes with no survey answer.
 */
import { emptySurvey } from '../evaluation/survey.ts';
import { openDataFile } from '../platform/data-file.ts';
import { describeIssues } from '../platform/data-issues.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupSchema, BackupV1Schema } from './backup-schema.ts';
import { checkRecords } from './backup-records.ts';
import type { Ledger } from './ledger-state.ts';
import { sittingsOf } from './sessions.ts';

export { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema.ts';

export type BackupResult =
  { ok: true; ledger: Ledger; exportedAt: string } | { ok: false; problems: string[] };

export function serialiseBackup(ledger: Ledger, now: Date = new Date()): string {
  return `${JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ledger })}\n`;
}

export function parseBackup(text: string): BackupResult {
  const opened = openDataFile(text, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    foreign: '这不是支部学习台账的备份文件',
    label: '备份文件',
    writer: '台账',
  });
  if (!opened.ok) return opened;
  const { data, version } = opened;
  if (version !== 1 && version !== BACKUP_VERSION)
    return refuse(`备份文件的版本号不对（${JSON.stringify(version)}），允许：1、${BACKUP_VERSION}。`);
  const parsed = version === 1 ? readV1(data) : BackupSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues, data) };
  const ledger = parsed.data.ledger as Ledger;
  const problems = [...checkReferences(ledger), ...checkRecords(ledger)];
  return problems.length ? { ok: false, problems } : { ok: true, ledger, exportedAt: parsed.data.exportedAt };
}

/** Version 1 checked against its own schema, then given what version 2 added, empty. */
function readV1(data: unknown) {
  const parsed = BackupV1Schema.safeParse(data);
  if (!parsed.success) return parsed;
  const { ledger, exportedAt } = parsed.data;
  const upgraded = {
    ...ledger,
    codes: ledger.codes.map((code) => ({ ...code, survey: [] })),
    visits: [],
    cards: [],
    survey: emptySurvey(),
  };
  return { success: true as const, data: { exportedAt, ledger: upgraded } };
}

const refuse = (problem: string): BackupResult => ({ ok: false, problems: [problem] });

/** What the schema cannot see: ids unique, and every reference pointing at something that exists. */
function checkReferences(ledger: Ledger): string[] {
  const problems: string[] = [];
  const rows = new Set<string>();
  for (const row of ledger.roster) {
    if (rows.has(row.id)) problems.push(`备份文件中名单的行号 ${row.id} 重复。`);
    rows.add(row.id);
    if (row.groupId !== undefined && !ledger.groups[row.groupId])
      problems.push(`备份文件中第 ${row.line} 行的党员类别 ${row.groupId} 不在台账的类别中。`);
  }
  const coded = new Set<string>();
  for (const code of ledger.codes) {
    if (!rows.has(code.rowId))
      problems.push(`备份文件中完成码 ${code.code} 对应的名单行 ${code.rowId} 不存在。`);
    if (coded.has(code.rowId)) problems.push(`备份文件中名单行 ${code.rowId} 有不止一个完成码。`);
    if (!ledger.groups[code.groupId])
      problems.push(`备份文件中完成码 ${code.code} 的党员类别 ${code.groupId} 不在台账的类别中。`);
    coded.add(code.rowId);
  }
  const sittings = new Set<string>();
  for (const session of ledger.sessions) {
    if (!ledger.groups[session.groupId])
      problems.push(`备份文件中活动 ${session.id} 的党员类别不在台账的类别中。`);
    for (const sitting of sittingsOf(session)) {
      if (sittings.has(sitting.id)) problems.push(`备份文件中活动 ${sitting.id} 重复。`);
      sittings.add(sitting.id);
    }
  }
  for (const [rowId, marks] of Object.entries(ledger.attendance)) {
    if (!rows.has(rowId)) problems.push(`备份文件中签到记录对应的名单行 ${rowId} 不存在。`);
    for (const sittingId of Object.keys(marks))
      if (!sittings.has(sittingId)) problems.push(`备份文件中签到记录对应的活动 ${sittingId} 不存在。`);
  }
  return problems;
}
