/**
 * 分批分时: splitting one session into batches (or back into one sitting). Marks are keyed by
 * sitting, so a split would orphan the marks already written for the sittings that disappear;
 * rather than move them silently to some batch, the change is refused until they are cleared.
 */
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { readBatches, sittingsOf, withBatches, type LedgerSession } from '../../../lib/ledger/sessions.ts';

export type BatchChange = { sessions: LedgerSession[]; done: string } | { problem: string };

export function changeBatches(ledger: Ledger, sessionId: string, count: number): BatchChange {
  const read = readBatches(count);
  if ('problem' in read) return read;
  const session = ledger.sessions.find((candidate) => candidate.id === sessionId);
  if (!session) return { problem: '找不到这场活动，请重新选择。' };
  const sessions = withBatches(ledger.sessions, read.batches, (candidate) => candidate.id === sessionId);
  const kept = new Set(
    sittingsOf(sessions.find((candidate) => candidate.id === sessionId)!).map((s) => s.id),
  );
  const lost = sittingsOf(session).filter((sitting) => !kept.has(sitting.id));
  const marked = Object.values(ledger.attendance).some((marks) => lost.some((sitting) => marks[sitting.id]));
  if (marked)
    return {
      problem: '这场活动已经有签到记录，不能再改分批。请先把本场（各批次）的签到清除，再分批。',
    };
  return {
    sessions,
    done: read.batches.length ? `已分为 ${read.batches.length} 批，每批单独签到。` : '已改为不分批。',
  };
}
