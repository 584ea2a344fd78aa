// What LedgerPrint.astro runs in the browser: reads the ledger from this browser's IndexedDB
// (through the ledger controller, never a request), renders the sheet the address names, and
// renders again when another tab changes the ledger, so what prints is what is stored.
import type { Ledger } from '../../../lib/ledger/ledger-state.ts';
import { isoDay } from '../../../lib/platform/calendar.ts';
import { branchPrintOf } from '../../../lib/routes/routes.ts';
import { ledgerController } from '../ledger-controller.ts';
import { renderLedger } from './ledger-sheet.ts';
import { renderReport } from './report-sheet.ts';
import { renderChooser } from './sheet-chooser.ts';
import { renderSignIn } from './signin-sheet.ts';

const root = document.querySelector<HTMLElement>('[data-ledger-print]')!;
const output = root.querySelector<HTMLElement>('[data-ledger-print-sheet]')!;
const status = root.querySelector<HTMLElement>('[data-ledger-print-status]')!;
const printButton = root.querySelector<HTMLButtonElement>('[data-ledger-print-button]')!;
const pageTitle = document.title;

function sheetFor(ledger: Ledger, today: string) {
  const { sheet, sitting } = branchPrintOf(location.search);
  if (sheet === 'ledger') return renderLedger(ledger, today);
  if (sheet === 'report') return renderReport(ledger);
  if (sheet === 'signin')
    return (
      renderSignIn(ledger, sitting) ?? renderChooser(ledger, '台账中没有这一场会议或批次，请从下面重新选择。')
    );
  return renderChooser(ledger, undefined);
}

function show(ledger: Ledger | undefined, today: string) {
  if (!ledger) {
    output.replaceChildren();
    status.textContent =
      '这个浏览器里还没有支部学习台账。请先在「支部学习台账」页建立台账、导入党员名单，再来打印。';
    printButton.disabled = true;
    return;
  }
  const { title, nodes } = sheetFor(ledger, today);
  output.replaceChildren(...nodes);
  status.textContent = '';
  printButton.disabled = false;
  // The title names the file a "save as PDF" suggests.
  document.title = `${title} · ${pageTitle}`;
  root.dataset.ready = 'true';
}

async function start() {
  printButton.addEventListener('click', () => window.print());
  try {
    const controller = await ledgerController();
    controller.subscribe((ledger) => show(ledger, isoDay(controller.today())));
  } catch (error) {
    status.textContent = `无法读取本浏览器中的台账（${error instanceof Error ? error.message : String(error)}）。请换用系统浏览器打开，或关闭无痕模式。`;
    printButton.disabled = true;
  }
}

void start();
