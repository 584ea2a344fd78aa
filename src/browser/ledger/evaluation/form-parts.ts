/**
 * What the 列席, 评估卡 and 调研 forms share: their markup pieces (every text escaped), reading a
 * count typed into a number field, listing refused input, and the body shown only with a ledger.
 */
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { escapeHtml } from '../../../lib/security/escape/html.ts';

export const CONFLICT = '另一个窗口同时修改了台账，这次没有保存，已显示最新内容，请再保存一次。';

/** A labelled whole-number field; the label sits above the field, as on the paper form. */
export const countField = (id: string, name: string, label: string) =>
  `<label class="cm-eval__count" for="${escapeHtml(id)}"><span>${escapeHtml(label)}</span>` +
  `<input id="${escapeHtml(id)}" name="${escapeHtml(name)}" type="number" min="0" step="1" inputmode="numeric" /></label>`;

/** The number typed in: blank is 0; text the browser cannot read as a number is NaN, so it is refused. */
export function readCount(input: HTMLInputElement): number {
  if (input.validity.badInput) return Number.NaN;
  const value = input.value.trim();
  return value === '' ? 0 : Number(value);
}

/** Shows why nothing was saved, or hides the box when there is nothing to say. */
export function showProblems(box: HTMLElement, problems: readonly string[]): void {
  box.hidden = problems.length === 0;
  box.innerHTML = problems.length
    ? `<p>没有保存，请改正：</p><ul>${problems.map((p) => `<li>${escapeHtml(p)}</li>`).join('')}</ul>`
    : '';
}

/** The panel's body with a ledger, its 请先建立台账 note without one. */
export function showBody(panel: HTMLElement, ledger: Ledger | undefined): ledger is Ledger {
  panel.querySelector<HTMLElement>('[data-ledger-body]')!.hidden = !ledger;
  panel.querySelector<HTMLElement>('[data-ledger-empty]')!.hidden = Boolean(ledger);
  return Boolean(ledger);
}
