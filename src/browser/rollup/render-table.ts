/**
 * A sheet of the rollup as an HTML table inside a focusable, labelled region that scrolls sideways
 * on a phone: the same header and cells as the workbook's sheet (rollup-sheets.ts). Built with
 * DOM calls and textContent only: file names and unit names come from files anyone could write.
 */
import type { TableSheet } from '../../lib/spreadsheet/types.ts';

let counter = 0;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

const FLAGGED = /^(未达标|低于 )/;

export function renderSheet(sheet: TableSheet, title = sheet.name): HTMLElement {
  const id = `rollup-table-${++counter}`;
  const section = el('section');
  const heading = el('h3', title);
  heading.id = id;
  const region = el('div', undefined, 'cm-rollup-scroll not-content');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-labelledby', id);
  region.tabIndex = 0;
  const table = el('table');
  const head = table.createTHead().insertRow();
  for (const column of sheet.columns) {
    const th = el('th', column.header, column.kind === 'number' ? 'cm-num' : undefined);
    th.scope = 'col';
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of sheet.rows) {
    const tr = body.insertRow();
    sheet.columns.forEach((column, i) => {
      const value = String(row[i] ?? '');
      const className =
        column.kind === 'number' ? 'cm-num' : FLAGGED.test(value) ? 'cm-rollup-short' : undefined;
      tr.append(el('td', value, className));
    });
  }
  if (!sheet.rows.length) {
    const td = el('td', '（无）');
    td.colSpan = sheet.columns.length;
    body.insertRow().append(td);
  }
  region.append(table);
  section.append(heading, region);
  return section;
}
