import { calendarToday } from '../../lib/platform/calendar.ts';
import type { Ledger } from '../../lib/ledger/ledger-state.ts';
import { openLedgerStore, type LedgerStore } from './ledger-store.ts';

/**
 * The ledger page's one source of truth: the ledger as stored, and the only way to change it.
 * Every panel subscribes and calls `update`; each change is saved at once (ledger-store.ts).
 * When another tab saved first, the change is not applied: the controller takes the stored
 * ledger, tells every panel, and the page says so (`conflict`), so nothing is silently lost.
 * Writes from this tab run one after another, each on the ledger the one before saved: a change
 * made while another is still saving (a secretary typing on) is applied after it, not refused.
 */
export interface LedgerController {
  readonly ledger: Ledger | undefined;
  readonly revision: number;
  /** Called at once with the current ledger, then after every change from this tab or another. */
  subscribe(listener: (ledger: Ledger | undefined) => void): () => void;
  /** Applies and saves a change; false when another tab had changed the ledger (then reloaded). */
  update(change: (ledger: Ledger) => Ledger): Promise<boolean>;
  /** Starts a new ledger or restores a backup, replacing what is stored. */
  replace(ledger: Ledger): Promise<void>;
  /** Deletes the ledger from this browser. */
  wipe(): Promise<void>;
  /** Listens for a refused change (another tab saved first). */
  onConflict(listener: () => void): void;
  readonly store: LedgerStore;
  /** Beijing's calendar day, for matching codes and reminders. */
  today(): Date;
}

let opened: Promise<LedgerController> | undefined;

/** The page's controller, opened once however many panels ask. */
export function ledgerController(): Promise<LedgerController> {
  opened ??= openLedgerController();
  return opened;
}

/** A controller over the store named `name` (tests open several, as several tabs would). */
export async function openLedgerController(name?: string): Promise<LedgerController> {
  const store = await openLedgerStore(name);
  let stored = await store.load();
  const listeners = new Set<(ledger: Ledger | undefined) => void>();
  const conflictListeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener(stored?.ledger));
  const reload = async () => {
    stored = await store.load();
    notify();
  };
  store.onExternalChange(() => void reload());

  // This tab's writes, in order: each starts when the one before has saved or failed.
  let writes: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(write: () => Promise<T>): Promise<T> => {
    const turn = writes.then(write);
    writes = turn.catch(() => undefined);
    return turn;
  };

  return {
    get ledger() {
      return stored?.ledger;
    },
    get revision() {
      return stored?.revision ?? 0;
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(stored?.ledger);
      return () => listeners.delete(listener);
    },
    update(change) {
      return inTurn(async () => {
        if (!stored) return false;
        const next = change(stored.ledger);
        const result = await store.save(next, stored.revision);
        if (!result.ok) {
          await reload();
          conflictListeners.forEach((listener) => listener());
          return false;
        }
        stored = { revision: result.revision, ledger: next };
        notify();
        return true;
      });
    },
    replace(ledger) {
      return inTurn(async () => {
        stored = { revision: await store.replace(ledger), ledger };
        notify();
      });
    },
    wipe() {
      return inTurn(async () => {
        await store.wipe();
        stored = undefined;
        notify();
      });
    },
    onConflict(listener) {
      conflictListeners.add(listener);
    },
    store,
    today: calendarToday,
  };
}
