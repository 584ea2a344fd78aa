/**
 * 党员名单: the roster pasted from Excel or WPS or opened from a file, every problem listed by row,
 * and the table edited in place, 50 rows a page with a name search so 1,000 members stay quick.
 * Every change goes through the controller and is saved at once; the panel draws from what it
 * hears back, so another tab's change shows here too.
 */
import {
  changeLedger,
  ledgerGroups,
  pruneRemovedRows,
  type Ledger,
} from '../../../lib/ledger/ledger-state.ts';
import {
  addRow,
  parseRoster,
  removeRow,
  updateRow,
  validateRoster,
  type Roster,
  type RosterColumn,
  type RosterRow,
} from '../../../lib/ledger/roster.ts';
import { importRoster, tableAsText, type RosterImportMode } from '../../../lib/ledger/roster-import.ts';
import { rosterView } from '../../../lib/ledger/roster-view.ts';
import { ledgerController, type LedgerController } from '../ledger-controller.ts';
import { focusedField, refocus, renderRosterRows } from './roster-table.ts';

export async function startRosterPanel(section: HTMLElement): Promise<void> {
  const controller = await ledgerController().catch(() => undefined);
  if (!controller) return;
  const $ = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-roster-${name}]`)!;
  const none = $('none');
  const body = $('body');
  const summary = $('summary');
  const paste = $<HTMLTextAreaElement>('paste');
  const result = $('result');
  const choice = $('choice');
  const choiceText = $('choice-text');
  const problemBox = $('problems');
  const problemList = $('problem-list');
  const search = $<HTMLInputElement>('search');
  const count = $('count');
  const tbody = $('rows');
  const pageText = $('page');
  const prev = $<HTMLButtonElement>('prev');
  const next = $<HTMLButtonElement>('next');

  let ledger: Ledger | undefined;
  let checked: { rows: RosterRow[]; roster: Roster } | undefined;
  let page = 1;
  let pending: RosterRow[] | undefined;

  const roster = (): Roster => {
    if (checked?.rows !== ledger!.roster)
      checked = { rows: ledger!.roster, roster: validateRoster(ledger!.roster, ledgerGroups(ledger!)) };
    return checked.roster;
  };

  function drawTable() {
    const { rows, problems } = roster();
    const view = rosterView(rows, problems, search.value, page);
    page = view.page;
    const at = focusedField(tbody);
    renderRosterRows(tbody, view, ledgerGroups(ledger!));
    refocus(tbody, at);
    count.textContent = search.value.trim() ? `找到 ${view.matched} 人` : '';
    pageText.textContent = `第 ${view.page} / ${view.pages} 页`;
    prev.disabled = view.page <= 1;
    next.disabled = view.page >= view.pages;
  }

  function draw() {
    none.hidden = Boolean(ledger);
    body.hidden = !ledger;
    if (!ledger) return;
    const { rows, problems } = roster();
    summary.textContent = `共 ${rows.length} 人，${problems.length ? `名单有 ${problems.length} 处问题，请在下面的表格中修改。` : '没有发现问题。'}`;
    problemBox.hidden = problems.length === 0;
    problemList.replaceChildren(
      ...problems.map((problem) =>
        Object.assign(document.createElement('li'), { textContent: problem.message }),
      ),
    );
    drawTable();
  }

  controller.subscribe((stored) => {
    ledger = stored;
    draw();
  });

  const change = (edit: (ledger: Ledger) => Ledger) => controller.update(edit);
  const rosterOf = (l: Ledger): Roster => ({ rows: l.roster, problems: [] });

  // A pasted or opened table: straight in when the roster is empty, else replace or append.
  function receive(text: string, what: string) {
    if (!ledger) return;
    const rows = parseRoster(text, ledgerGroups(ledger)).rows;
    if (rows.length === 0) {
      result.textContent = `${what}里没有读到任何成员。请确认第一列是姓名。`;
      return;
    }
    if (ledger.roster.length === 0) return void apply(rows, 'replace');
    pending = rows;
    choiceText.textContent = `读到 ${rows.length} 人。现有名单有 ${ledger.roster.length} 人，请选择：`;
    choice.hidden = false;
    choice.querySelector('button')!.focus();
  }

  async function apply(rows: RosterRow[], mode: RosterImportMode) {
    if (
      mode === 'replace' &&
      ledger!.roster.length > 0 &&
      !confirm(
        `用新名单替换现有的 ${ledger!.roster.length} 人？不在新名单里的人，其完成码和签到记录会一并删除。`,
      )
    )
      return;
    choice.hidden = true;
    pending = undefined;
    search.value = '';
    page = 1;
    if (!(await change((l) => importRoster(l, rows, mode)))) return;
    paste.value = '';
    result.textContent = `已${mode === 'append' ? '追加' : '读取'} ${rows.length} 人。`;
  }

  $('read').addEventListener('click', () => {
    const text = paste.value;
    if (!text.trim()) result.textContent = '请先把名单粘贴到上面的框里。';
    else receive(text, '粘贴的内容');
  });
  const file = $<HTMLInputElement>('file');
  file.addEventListener('change', async () => {
    const picked = file.files?.[0];
    if (!picked) return;
    result.textContent = '正在读取文件……';
    // The spreadsheet reader (about 20 KB gzip) loads only when a file is opened.
    const { readTableFile } = await import('../../../lib/spreadsheet/read-table-file.ts');
    const read = await readTableFile(new Uint8Array(await picked.arrayBuffer()), picked.name);
    file.value = '';
    if ('error' in read) result.textContent = read.error;
    else {
      result.textContent = '';
      receive(tableAsText(read.rows), picked.name);
    }
  });
  choice.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button || !pending) return;
    const mode = button.dataset.rosterMode as RosterImportMode | undefined;
    if (mode) void apply(pending, mode);
    else {
      choice.hidden = true;
      pending = undefined;
      result.textContent = '已取消，名单没有改动。';
    }
  });

  function save(target: HTMLInputElement | HTMLSelectElement) {
    const column = target.dataset.col as RosterColumn | undefined;
    const id = target.closest<HTMLElement>('tr')?.dataset.rowId;
    delete target.dataset.unsaved;
    if (!column || !id) return;
    void change((l) =>
      changeLedger(l, { roster: updateRow(rosterOf(l), id, column, target.value, ledgerGroups(l)).rows }),
    );
  }
  tbody.addEventListener('change', (event) => save(event.target as HTMLInputElement | HTMLSelectElement));
  // Typing that a redraw carried over (refocus) gets no `change` of its own: saved on leaving.
  tbody.addEventListener('focusout', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.dataset.unsaved !== undefined && target.value !== target.defaultValue) save(target);
  });
  tbody.addEventListener('click', (event) => {
    const id = (event.target as HTMLElement).closest('[data-remove]')?.closest<HTMLElement>('tr')
      ?.dataset.rowId;
    const row = ledger?.roster.find((r) => r.id === id);
    if (
      !row ||
      !confirm(`删除第 ${row.line} 行「${row.name || '（无姓名）'}」？这个人的完成码和签到记录也会一并删除。`)
    )
      return;
    void change((l) =>
      pruneRemovedRows(changeLedger(l, { roster: removeRow(rosterOf(l), row.id, ledgerGroups(l)).rows })),
    );
  });
  $('add').addEventListener('click', () => void addOne(controller));

  async function addOne(c: LedgerController) {
    search.value = '';
    page = Number.MAX_SAFE_INTEGER;
    if (!(await c.update((l) => changeLedger(l, { roster: addRow(rosterOf(l), {}, ledgerGroups(l)).rows }))))
      return;
    tbody.querySelector<HTMLInputElement>('tr:last-child [data-col="name"]')?.focus();
  }

  search.addEventListener('input', () => {
    page = 1;
    drawTable();
  });
  prev.addEventListener('click', () => {
    page -= 1;
    drawTable();
  });
  next.addEventListener('click', () => {
    page += 1;
    drawTable();
  });
}
