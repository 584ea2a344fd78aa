/**
 * The markup of the 签到 panel: the year's sessions to choose from, grouped by 党员类别, and one
 * row per member with the four marks as large radio buttons (请假 and 补学 in plain sight, as the
 * paper sheet has them). Marks are synced into the rows in place (`syncMarks`), so ticking one
 * member does not rebuild 150 rows or move the focus.
 */
import { MARK_LABELS, type Mark } from '../../../lib/ledger/attendance.ts';
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import type { RosterRow } from '../../../lib/ledger/roster-types.ts';
import { SESSION_KIND_LABELS, type LedgerSession } from '../../../lib/ledger/sessions.ts';
import { escapeHtml as escape } from '../../../lib/security/escape/html.ts';

export const MARKS = Object.keys(MARK_LABELS) as Mark[];

/** Sessions by group (in the ledger's order), then by date. */
export function orderedSessions(ledger: Ledger): LedgerSession[] {
  const groupOrder = Object.keys(ledger.groups);
  return [...ledger.sessions].sort(
    (a, b) =>
      groupOrder.indexOf(a.groupId) - groupOrder.indexOf(b.groupId) ||
      a.date.localeCompare(b.date) ||
      a.id.localeCompare(b.id),
  );
}

export const sessionLabel = (session: LedgerSession) =>
  `${session.date} ${session.title}（${session.hours} 学时）`;

export function sessionOptions(ledger: Ledger, selected: string | undefined): string {
  const byGroup = new Map<string, LedgerSession[]>();
  for (const session of orderedSessions(ledger))
    byGroup.set(session.groupId, [...(byGroup.get(session.groupId) ?? []), session]);
  return [...byGroup]
    .map(
      ([groupId, sessions]) =>
        `<optgroup label="${escape(ledger.groups[groupId]?.name ?? groupId)}">` +
        sessions
          .map(
            (s) =>
              `<option value="${escape(s.id)}"${s.id === selected ? ' selected' : ''}>${escape(sessionLabel(s))}</option>`,
          )
          .join('') +
        '</optgroup>',
    )
    .join('');
}

export function sessionInfo(session: LedgerSession, groupName: string): string {
  const batches = session.batches.length ? ` · 分 ${session.batches.length} 批` : '';
  return `${groupName} · ${SESSION_KIND_LABELS[session.kind]} · ${session.date} · ${session.hours} 学时 · ${session.modules.length} 个模块${batches}`;
}

export function memberRows(rows: readonly RosterRow[]): string {
  return rows
    .map((row) => {
      const facts = [`名单第 ${row.line} 行`, row.number && `编号 ${row.number}`, row.team].filter(Boolean);
      const radios = MARKS.map(
        (mark) =>
          `<label class="cm-mark cm-mark--${mark}"><input type="radio" name="mark-${escape(row.id)}" value="${mark}">${MARK_LABELS[mark]}</label>`,
      ).join('');
      return (
        `<li data-row-id="${escape(row.id)}"><fieldset><legend><span class="cm-attendance__name">${escape(row.name)}</span> ` +
        `<span class="cm-attendance__facts">${escape(facts.join(' · '))}</span></legend>` +
        `<span class="cm-attendance__marks">${radios}</span>` +
        `<button type="button" class="cm-attendance__clear" data-clear hidden>清除</button>` +
        `<span class="cm-attendance__elsewhere" data-elsewhere></span></fieldset></li>`
      );
    })
    .join('');
}

/** Sets each row's radios from the ledger; `elsewhere` names another batch a member was marked at. */
export function syncMarks(
  list: HTMLElement,
  marks: (rowId: string) => Mark | undefined,
  elsewhere: (rowId: string) => string,
): void {
  for (const item of list.querySelectorAll<HTMLElement>('li[data-row-id]')) {
    const rowId = item.dataset.rowId!;
    const mark = marks(rowId);
    for (const radio of item.querySelectorAll<HTMLInputElement>('input[type="radio"]'))
      radio.checked = radio.value === mark;
    item.querySelector<HTMLElement>('[data-clear]')!.hidden = !mark;
    item.dataset.mark = mark ?? '';
    item.querySelector<HTMLElement>('[data-elsewhere]')!.textContent = elsewhere(rowId);
  }
}
