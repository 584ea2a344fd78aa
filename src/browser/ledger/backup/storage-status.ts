/**
 * 本机存储: whether the browser agreed to keep the ledger under storage pressure, and the space
 * used. Persistent storage is asked for once there is a ledger (the first save), not on a visit
 * that only looks. Also the notice when another tab saved first (`onConflict`): the panels already
 * show the newest ledger, and the secretary is told to redo the last step.
 */
import { describeStorage } from '../../../lib/ledger/storage-text.ts';
import { ledgerController } from '../ledger-controller.ts';
import { storageStatus } from '../ledger-store.ts';

export const CONFLICT_NOTICE = '另一个窗口刚刚修改了台账，已显示最新内容，请重新操作。';

async function lookWithoutAsking() {
  const storage = globalThis.navigator?.storage;
  const persisted = (await storage?.persisted?.()) ?? false;
  const { usage, quota } = (await storage?.estimate?.()) ?? {};
  return { persisted, usage, quota };
}

export async function startStorageStatus(section: HTMLElement): Promise<void> {
  const facts = section.querySelector<HTMLElement>('[data-storage-facts]')!;
  const conflict = section.querySelector<HTMLElement>('[data-storage-conflict]')!;
  const controller = await ledgerController().catch(() => undefined);
  if (!controller) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const show = async (ask: boolean) => {
    const status = await (ask ? storageStatus() : lookWithoutAsking()).catch(() => ({ persisted: false }));
    facts.replaceChildren(
      ...describeStorage(status).map((line) =>
        Object.assign(document.createElement('p'), { textContent: line }),
      ),
    );
  };
  controller.subscribe((ledger) => {
    // Measured a moment after the last change: a burst of edits asks the browser once.
    clearTimeout(timer);
    timer = setTimeout(() => void show(Boolean(ledger)), 300);
  });
  controller.onConflict(() => {
    conflict.querySelector('[data-storage-conflict-text]')!.textContent = CONFLICT_NOTICE;
    conflict.hidden = false;
  });
  conflict.querySelector('button')!.addEventListener('click', () => {
    conflict.hidden = true;
  });
}
