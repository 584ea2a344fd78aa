/**
 * 单位与年度: with no ledger in this browser, a short form that starts one (the branch's names and
 * the site's current plan year, every group with all its sessions); with a ledger, the same form
 * to correct the names. Everything else on the page waits for a ledger.
 */
import type { LedgerPageData } from '../../../lib/ledger/page-data.ts';
import { createLedgerFromPageData } from '../../../lib/ledger/page-data.ts';
import { changeLedger, type BranchPlace, type Ledger } from '../../../lib/ledger/ledger-state.ts';
import { ledgerController } from '../ledger-controller.ts';
import { loadPageData, PAGE_DATA_FAILED, STORAGE_FAILED } from './load-page-data.ts';

const FIELDS = ['name', 'unit', 'company'] as const;

export async function startBranchSetup(section: HTMLElement): Promise<void> {
  const loadingText = section.querySelector<HTMLElement>('[data-setup-loading]')!;
  const form = section.querySelector<HTMLFormElement>('[data-setup-form]')!;
  const submit = form.querySelector<HTMLButtonElement>('[data-setup-submit]')!;
  const year = form.querySelector<HTMLElement>('[data-setup-year]')!;
  const yearNote = form.querySelector<HTMLElement>('[data-setup-year-note]')!;
  const message = form.querySelector<HTMLElement>('[data-setup-message]')!;
  const input = (field: (typeof FIELDS)[number]) => form.elements.namedItem(field) as HTMLInputElement;

  let data: LedgerPageData;
  try {
    data = await loadPageData();
  } catch {
    loadingText.textContent = PAGE_DATA_FAILED;
    return;
  }
  const controller = await ledgerController().catch(() => undefined);
  if (!controller) {
    loadingText.textContent = STORAGE_FAILED;
    return;
  }
  loadingText.hidden = true;
  form.hidden = false;

  let shown: Ledger | undefined | null = null;
  controller.subscribe((ledger) => {
    // Fill the fields only when the branch changed, so typing is not undone by another panel's save.
    if (shown !== null && shown?.branch === ledger?.branch && shown?.year === ledger?.year) return;
    shown = ledger;
    for (const field of FIELDS) input(field).value = ledger?.branch[field] ?? '';
    year.textContent = `${ledger?.year ?? data.year} 年度`;
    submit.textContent = ledger ? '保存名称' : '建立台账';
    yearNote.hidden = !ledger || ledger.year === data.year;
    yearNote.textContent = ledger
      ? `本站已发布 ${data.year} 年度的学习计划，这本台账是 ${ledger.year} 年度的。开始新的年度：先导出备份文件，再清空本机台账，重新建立。`
      : '';
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });

  async function save() {
    const branch = Object.fromEntries(
      FIELDS.map((field) => [field, input(field).value.trim()]),
    ) as unknown as BranchPlace;
    if (!branch.name) {
      message.textContent = '请填写支部名称。';
      input('name').focus();
      return;
    }
    if (!controller!.ledger) {
      await controller!.replace(createLedgerFromPageData(data, branch));
      message.textContent = `已建立“${branch.name}” ${data.year} 年度台账。下一步：在“党员名单”中粘贴名单。`;
      return;
    }
    const saved = await controller!.update((ledger) => changeLedger(ledger, { branch }));
    if (saved) message.textContent = '名称已保存。';
  }
}
