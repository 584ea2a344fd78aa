/**
 * 收集完成码: the secretary pastes a whole WeChat chat (or scans members' QR codes one after
 * another) and every code found is checked and credited at once. Pasted and scanned text take
 * the same road (credit-codes.ts); a scan shows its outcome as soon as it is read. The published
 * plans come from the page data (fetched once, kept offline). The camera
 * module (../scan/scanner.ts) and its decoder load only when the camera is opened.
 */
import type { CodeOutcome } from '../../../lib/ledger/match-codes.ts';
import { OUTCOME_LABELS } from '../../../lib/ledger/match-codes.ts';
import type { LedgerController } from '../ledger-controller.ts';
import { loadPageData, PAGE_DATA_FAILED } from '../setup/load-page-data.ts';
import { creditCodes, creditedCount } from './credit-codes.ts';
import { renderOutcomes, type OutcomeSource } from './outcome-view.ts';

const NOT_SAVED = '另一个窗口一直在修改台账，这次没有记入。请关掉其他窗口后再点一次。';

export function startCodesPanel(panel: HTMLElement, controller: LedgerController): void {
  const $ = <T extends HTMLElement>(selector: string) => panel.querySelector<T>(selector)!;
  const body = $('[data-ledger-body]');
  const empty = $('[data-ledger-empty]');
  const text = $<HTMLTextAreaElement>('[data-codes-text]');
  const check = $<HTMLButtonElement>('[data-codes-check]');
  const status = $('[data-codes-status]');
  const result = $('[data-codes-result]');
  const count = $('[data-matched-count]');
  const scanStart = $<HTMLButtonElement>('[data-scan-start]');
  const scanStop = $<HTMLButtonElement>('[data-scan-stop]');
  const video = $<HTMLVideoElement>('[data-scan-video]');
  const scanStatus = $('[data-scan-status]');

  controller.subscribe((ledger) => {
    body.hidden = !ledger;
    empty.hidden = Boolean(ledger);
    count.textContent = `已记入 ${creditedCount(ledger)} 人`;
    count.dataset.matchedCount = String(creditedCount(ledger));
  });

  // One batch at a time: a scan arriving while a paste is saved waits for it.
  let queue = Promise.resolve();
  const credit = (input: string) => {
    const next = queue.then(async () => {
      const { paths, topics } = await loadPageData();
      return creditCodes(
        controller,
        input,
        paths,
        topics.map((topic) => topic.id),
      );
    });
    queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };
  const show = (outcomes: readonly CodeOutcome[], source: OutcomeSource) => {
    result.innerHTML = renderOutcomes(outcomes, source);
  };

  check.addEventListener('click', async () => {
    check.disabled = true;
    status.textContent = '正在核对……';
    try {
      const { outcomes, saved } = await credit(text.value);
      show(outcomes, 'paste');
      status.textContent = saved ? '' : NOT_SAVED;
    } catch {
      status.textContent = PAGE_DATA_FAILED;
    } finally {
      check.disabled = false;
    }
  });

  let stop: (() => void) | undefined;
  let scanned: CodeOutcome[] = [];
  const onText = async (input: string) => {
    try {
      const { outcomes, saved } = await credit(input);
      scanned = [...outcomes, ...scanned];
      show(scanned, 'scan');
      const last = outcomes[0];
      scanStatus.textContent = !saved
        ? NOT_SAVED
        : last
          ? `${OUTCOME_LABELS[last.kind]}：${last.rows.map((row) => row.name).join('、') || last.found.code}`
          : '这个二维码里没有完成码。';
    } catch {
      scanStatus.textContent = PAGE_DATA_FAILED;
    }
  };
  const stopScanning = () => {
    stop?.();
    stop = undefined;
    video.hidden = true;
    scanStop.hidden = true;
    scanStart.hidden = false;
  };
  scanStart.addEventListener('click', async () => {
    scanStart.hidden = true;
    scanStop.hidden = false;
    video.hidden = false;
    scanned = [];
    scanStatus.textContent = '正在打开摄像头……请把完成码二维码对准画面。';
    const { startScanning } = await import('../scan/scanner.ts');
    stop = await startScanning({
      video,
      onText: (input) => void onText(input),
      onError: (message) => {
        stopScanning();
        scanStatus.textContent = message;
      },
    });
    // Stopped (or failed) while the camera was opening.
    if (scanStop.hidden) stopScanning();
  });
  scanStop.addEventListener('click', () => {
    stopScanning();
    scanStatus.textContent = '已停止扫码。';
  });
}
