/**
 * One page of the roster as table rows with their fields editable in place. Built with DOM calls,
 * not HTML strings: names are whatever the secretary pasted. Each row's problems sit under its
 * name and describe the name field, so a screen reader hears them too.
 */
import type { LedgerGroup } from '../../../lib/ledger/groups.ts';
import type { RosterView } from '../../../lib/ledger/roster-view.ts';
import type { RosterColumn, RosterRow } from '../../../lib/ledger/roster.ts';

const LABELS: Record<RosterColumn, string> = {
  name: '姓名',
  group: '党员类别',
  number: '编号',
  team: '党小组/批次',
};

function cell(label: string | undefined, ...children: Node[]): HTMLTableCellElement {
  const td = document.createElement('td');
  if (label) td.dataset.label = label;
  td.append(...children);
  return td;
}

function field(row: RosterRow, column: Exclude<RosterColumn, 'group'>): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'text';
  // The stored value, kept as the default: a field whose value differs from it has typing not yet saved.
  input.defaultValue = row[column];
  input.dataset.col = column;
  input.autocomplete = 'off';
  input.setAttribute('aria-label', `第 ${row.line} 行 ${LABELS[column]}`);
  return input;
}

function groupSelect(row: RosterRow, groups: readonly LedgerGroup[]): HTMLSelectElement {
  const select = document.createElement('select');
  select.dataset.col = 'group';
  select.setAttribute('aria-label', `第 ${row.line} 行 ${LABELS.group}`);
  // A typed 类别 the ledger does not know stays visible until the secretary picks one.
  if (!row.groupId)
    select.add(new Option(row.group ? `「${row.group}」（不认识，请选择）` : '请选择', row.group));
  for (const group of groups) select.add(new Option(group.name, group.name, false, group.id === row.groupId));
  return select;
}

export function renderRosterRows(tbody: HTMLElement, view: RosterView, groups: readonly LedgerGroup[]): void {
  const rows = view.rows.map(({ row, problems }) => {
    const tr = document.createElement('tr');
    tr.dataset.rowId = row.id;
    const name = field(row, 'name');
    const notes = problems.map((message) => {
      const note = document.createElement('p');
      note.className = 'cm-ledger-row-problem';
      note.textContent = message;
      return note;
    });
    if (notes.length) {
      tr.className = 'cm-ledger-flagged';
      notes[0]!.id = `ledger-row-problems-${row.id}`;
      name.setAttribute('aria-describedby', notes[0]!.id);
      name.setAttribute('aria-invalid', 'true');
    }
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'cm-ledger-danger';
    remove.dataset.remove = '';
    remove.textContent = '删除';
    remove.setAttribute('aria-label', `删除第 ${row.line} 行 ${row.name}`);
    tr.append(
      cell('行', document.createTextNode(String(row.line))),
      cell(LABELS.name, name, ...notes),
      cell(LABELS.group, groupSelect(row, groups)),
      cell(LABELS.number, field(row, 'number')),
      cell(LABELS.team, field(row, 'team')),
      cell(undefined, remove),
    );
    return tr;
  });
  tbody.replaceChildren(...rows);
}

/**
 * Where focus was when a save redraws the table (a save this tab made, or one another tab made):
 * the row, the field, and in a text field what was typed and selected, so typing goes on there.
 */
export interface FocusedField {
  rowId: string;
  col: string;
  text?: { value: string; typed: boolean; start: number | null; end: number | null };
}

export function focusedField(tbody: HTMLElement): FocusedField | undefined {
  const active = document.activeElement as HTMLElement | null;
  const row = active?.closest<HTMLElement>('tr[data-row-id]');
  if (!active || !row || !tbody.contains(row)) return undefined;
  const col = active.dataset.col ?? (active.hasAttribute('data-remove') ? 'remove' : '');
  if (!(active instanceof HTMLInputElement)) return { rowId: row.dataset.rowId!, col };
  const { value, defaultValue, selectionStart: start, selectionEnd: end } = active;
  return { rowId: row.dataset.rowId!, col, text: { value, typed: value !== defaultValue, start, end } };
}

/**
 * Focuses the same field in the redrawn table. A redraw mid-typing must not lose a keystroke: the
 * typed text is put back, marked unsaved (the panel saves it when the field is left, as no
 * `change` follows a value set by script), and so is the selection, so the next key replaces what
 * was selected.
 */
export function refocus(tbody: HTMLElement, at: FocusedField | undefined): void {
  if (!at) return;
  const row = tbody.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(at.rowId)}"]`);
  const target =
    at.col === 'remove' ? row?.querySelector('[data-remove]') : row?.querySelector(`[data-col="${at.col}"]`);
  if (!(target instanceof HTMLElement)) return;
  target.focus();
  if (!at.text || !(target instanceof HTMLInputElement)) return;
  if (at.text.typed && at.text.value !== target.value) {
    target.value = at.text.value;
    target.dataset.unsaved = '';
  }
  if (at.text.start !== null && at.text.end !== null) target.setSelectionRange(at.text.start, at.text.end);
}
