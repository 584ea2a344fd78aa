/**
 * The backup file's name, which is all a secretary sees in a downloads folder or a WeChat file
 * list: `支部学习台账-<支部>-<年度>-<date>.json`. Characters no file system allows become `_`.
 */
import { isoDay } from '../platform/calendar.ts';
import type { Ledger } from './ledger-state.ts';

const UNSAFE = /[\\/:*?"<>|\p{Cc}]+/gu;

export function backupFileName(ledger: Pick<Ledger, 'branch' | 'year'>, today: Date): string {
  const branch = ledger.branch.name.replace(UNSAFE, '_').trim().slice(0, 40) || '未命名支部';
  return `支部学习台账-${branch}-${ledger.year}-${isoDay(today)}.json`;
}
