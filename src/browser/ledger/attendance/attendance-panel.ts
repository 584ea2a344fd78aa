/**
 * 签到（一场一签）: the secretary picks a session (and a batch, when it is held in batches), then
 * ticks each member as the paper sheet says: 出席, 请假, 补学 or 缺席. Every tick is saved at once
 * through the controller; 出席 and 补学 credit the session's 学时 as 集中学习 (attendance.ts).
 */
import { escapeHtml } from '../../../lib/security/escape/html.ts';
import { MARK_LABELS, setMarks, type Mark } from '../../../lib/ledger/attendance.ts';
import { changeLedger, type Ledger } from '../../../lib/ledger/ledger-state.ts';
import { signInSheet } from '../../../lib/ledger/print-sheets.ts';
import { sittingsOf, type LedgerSession } from '../../../lib/ledger/sessions.ts';
import { isoDay } from '../../../lib/platform/calendar.ts';
import { routes } from '../../../site-routes.ts';
import type { LedgerController } from '../ledger-controller.ts';
import {
  memberRows,
  MARKS,
  orderedSessions,
  sessionInfo,
  sessionOptions,
  syncMarks,
} from './attendance-view.ts';
import { changeBatches } from './batches.ts';

const CONFLICT = '另一个窗口同时修改了台账，这次勾选没有保存，已显示最新内容，请再勾选一次。';

export function startAttendancePanel(panel: HTMLElement, controller: LedgerController): void {
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const body = $('[data-ledger-body]');
  const empty = $('[data-ledger-empty]');
  const noSessions = $('[data-no-sessions]');
  const work = $('[data-attendance-work]');
  const sessionSelect = $<HTMLSelectElement>('[data-attendance-session]');
  const info = $('[data-session-info]');
  const sittingField = $('[data-sitting-field]');
  const sittingSelect = $<HTMLSelectElement>('[data-attendance-sitting]');
  const batchCount = $<HTMLInputElement>('[data-batch-count]');
  const batchApply = $<HTMLButtonElement>('[data-batch-apply]');
  const batchStatus = $('[data-batch-status]');
  const allPresent = $<HTMLButtonElement>('[data-attendance-all]');
  const print = $<HTMLAnchorElement>('[data-attendance-print]');
  const counts = $('[data-attendance-counts]');
  const status = $('[data-attendance-status]');
  const list = $('[data-attendance-rows]');

  let sessionId: string | undefined;
  let sittingId: string | undefined;
  let listKey = '';
  let sessionsKey = '';

  const current = () => controller.ledger;
  const sessionOf = (ledger: Ledger) => ledger.sessions.find((s) => s.id === sessionId);

  /** The latest session of the past, or the first one: where the secretary usually is. */
  const defaultSession = (sessions: readonly LedgerSession[]) => {
    const today = isoDay(controller.today());
    const past = sessions.filter((s) => s.date <= today).sort((a, b) => b.date.localeCompare(a.date));
    return (past[0] ?? sessions[0])?.id;
  };

  function render(ledger: Ledger | undefined) {
    body.hidden = !ledger;
    empty.hidden = Boolean(ledger);
    if (!ledger) return;
    const sessions = orderedSessions(ledger);
    noSessions.hidden = sessions.length > 0;
    work.hidden = sessions.length === 0;
    if (!sessions.some((s) => s.id === sessionId)) sessionId = defaultSession(sessions);
    const key = JSON.stringify([sessionId, sessions.map((s) => [s.id, s.batches.length])]);
    if (key !== sessionsKey) {
      sessionsKey = key;
      sessionSelect.innerHTML = sessionOptions(ledger, sessionId);
    }
    const session = sessionOf(ledger);
    if (!session) return;
    info.textContent = sessionInfo(session, ledger.groups[session.groupId]?.name ?? session.groupId);
    const sittings = sittingsOf(session);
    if (!sittings.some((s) => s.id === sittingId)) sittingId = sittings[0]!.id;
    sittingField.hidden = session.batches.length === 0;
    sittingSelect.innerHTML = sittings
      .map((s) => `<option value="${escapeHtml(s.id)}"${s.id === sittingId ? ' selected' : ''}></option>`)
      .join('');
    sittingSelect
      .querySelectorAll('option')
      .forEach((option, i) => (option.textContent = sittings[i]!.label));
    batchCount.value = String(Math.max(1, session.batches.length));
    print.href = routes.branchPrint('signin', sittingId);
    renderRows(ledger, session);
  }

  function renderRows(ledger: Ledger, session: LedgerSession) {
    const rows = signInSheet(ledger, sittingId!)?.rows ?? [];
    const key = `${sittingId}|${rows.map((r) => `${r.id}:${r.name}:${r.number}:${r.team}:${r.line}`).join(',')}`;
    if (key !== listKey) {
      listKey = key;
      list.innerHTML = memberRows(rows);
    }
    const marks = (rowId: string) => ledger.attendance[rowId]?.[sittingId!];
    const others = sittingsOf(session).filter((s) => s.id !== sittingId);
    const elsewhere = (rowId: string) =>
      others
        .filter((s) => ledger.attendance[rowId]?.[s.id])
        .map((s) => `${s.label}：${MARK_LABELS[ledger.attendance[rowId]![s.id]!]}`)
        .join('；');
    syncMarks(list, marks, elsewhere);
    const tally = MARKS.map(
      (mark) => `${MARK_LABELS[mark]} ${rows.filter((r) => marks(r.id) === mark).length}`,
    );
    const unmarked = rows.filter((r) => !marks(r.id)).length;
    counts.textContent = `本场 ${rows.length} 人：${tally.join('，')}，未记 ${unmarked}`;
  }

  const save = async (rowIds: readonly string[], mark: Mark | undefined) => {
    const sitting = sittingId;
    if (!sitting || rowIds.length === 0) return;
    const change = (ledger: Ledger) =>
      changeLedger(ledger, { attendance: setMarks(ledger.attendance, rowIds, sitting, mark) });
    // Setting a mark is the same whatever the other tab did, so one retry is safe.
    const saved = (await controller.update(change)) || (await controller.update(change));
    status.textContent = saved ? '' : CONFLICT;
  };

  controller.subscribe(render);
  sessionSelect.addEventListener('change', () => {
    sessionId = sessionSelect.value;
    sittingId = undefined;
    batchStatus.textContent = '';
    render(current());
  });
  sittingSelect.addEventListener('change', () => {
    sittingId = sittingSelect.value;
    render(current());
  });
  list.addEventListener('change', (event) => {
    const radio = event.target as HTMLInputElement;
    const rowId = radio.closest<HTMLElement>('[data-row-id]')?.dataset.rowId;
    if (rowId && radio.type === 'radio') void save([rowId], radio.value as Mark);
  });
  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('[data-clear]');
    const rowId = button?.closest<HTMLElement>('[data-row-id]')?.dataset.rowId;
    if (rowId) void save([rowId], undefined);
  });
  allPresent.addEventListener('click', () => {
    // Only members with no mark yet, here or at another batch: a 请假 already written stays.
    const unmarked = [...list.querySelectorAll<HTMLElement>('li[data-row-id]')]
      .filter((item) => !item.dataset.mark && !item.querySelector('[data-elsewhere]')!.textContent)
      .map((item) => item.dataset.rowId!);
    void save(unmarked, 'present');
  });
  batchApply.addEventListener('click', async () => {
    const ledger = current();
    const session = ledger && sessionOf(ledger);
    if (!session) return;
    const outcome = changeBatches(ledger, session.id, Number(batchCount.value));
    if ('problem' in outcome) {
      batchStatus.textContent = outcome.problem;
      return;
    }
    const saved = await controller.update((latest) => {
      const again = changeBatches(latest, session.id, Number(batchCount.value));
      return 'problem' in again ? latest : changeLedger(latest, { sessions: again.sessions });
    });
    batchStatus.textContent = saved ? outcome.done : CONFLICT;
  });
}
