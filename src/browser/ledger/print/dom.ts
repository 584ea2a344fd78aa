/**
 * The few DOM builders the printed sheets need. Names and the branch's place are the secretary's
 * text: they only ever become text nodes, never markup.
 */

/** An element with properties and children; strings become text nodes. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

export interface Column<T> {
  label: string;
  /** A class on the column's cells, for its width and alignment on paper. */
  className?: string;
  cell: (item: T, index: number) => string | number;
}

/**
 * A table whose header row is a `thead`, so the browser repeats it at the top of every printed
 * page a long roster runs onto.
 */
export function table<T>(className: string, columns: readonly Column<T>[], items: readonly T[]) {
  const head = element(
    'tr',
    {},
    columns.map((c) => element('th', { scope: 'col', className: c.className ?? '' }, [c.label])),
  );
  const rows = items.map((item, index) =>
    element(
      'tr',
      {},
      columns.map((c) => element('td', { className: c.className ?? '' }, [String(c.cell(item, index))])),
    ),
  );
  return element('table', { className }, [element('thead', {}, [head]), element('tbody', {}, rows)]);
}

/** `label：____`: a blank to fill in by hand. */
export const blank = (label: string) =>
  element('span', { className: 'cm-print__blank' }, [
    `${label}：`,
    element('span', { className: 'cm-print__line' }),
  ]);
