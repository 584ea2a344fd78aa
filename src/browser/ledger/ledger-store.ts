import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BackupState } from '../../lib/ledger/backup-reminder.ts';
import type { Ledger } from '../../lib/ledger/ledger-state.ts';

/**
 * The branch ledger in this browser's IndexedDB (through `idb`, see docs/dependencies.md). It is
 * the only copy besides the backup files the secretary exports, so:
 * - every change is saved at once, as the whole ledger in one transaction: a reload, a browser
 *   restart or a tab closed in the middle of an import leaves the old ledger or the new one,
 *   never half of each;
 * - each save names the revision it was made from, and a save from a stale revision is refused
 *   with the stored ledger: two open tabs never overwrite each other's changes, and the other
 *   tab hears of each change (BroadcastChannel) and shows it.
 */
const DB_NAME = 'dangjian-ledger';
const CHANNEL = 'dangjian-ledger';

interface Stored {
  revision: number;
  ledger: Ledger;
}

/** One object store: `ledger` holds the ledger with its revision, `backup` the last backup. */
interface LedgerDb extends DBSchema {
  state: { key: 'ledger' | 'backup'; value: Stored | BackupState };
}

export type SaveResult = { ok: true; revision: number } | { ok: false; current: Stored | undefined };

export interface LedgerStore {
  /** The stored ledger and its revision; undefined before the first save. */
  load(): Promise<Stored | undefined>;
  /** Saves `ledger` made from `baseRevision` (0 for a new ledger); refused when another tab saved since. */
  save(ledger: Ledger, baseRevision: number): Promise<SaveResult>;
  /** Replaces whatever is stored (restoring a backup), in one transaction. */
  replace(ledger: Ledger): Promise<number>;
  /** Deletes the ledger and the backup record. */
  wipe(): Promise<void>;
  backupState(): Promise<BackupState>;
  /** Records that the ledger at `revision` was exported as a backup now. */
  markBackedUp(revision: number, now?: Date): Promise<void>;
  /** Calls `listener` when another tab of this site changed the ledger. */
  onExternalChange(listener: (revision: number) => void): () => void;
  close(): void;
}

export async function openLedgerStore(name = DB_NAME): Promise<LedgerStore> {
  const db: IDBPDatabase<LedgerDb> = await openDB<LedgerDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('state');
    },
  });
  const channel = new BroadcastChannel(`${CHANNEL}:${name}`);
  const announce = (revision: number) => channel.postMessage({ revision });

  const write = async (
    ledger: Ledger,
    accept: (current: Stored | undefined) => boolean,
  ): Promise<SaveResult> => {
    const tx = db.transaction('state', 'readwrite');
    const current = (await tx.store.get('ledger')) as Stored | undefined;
    if (!accept(current)) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return { ok: false, current };
    }
    const revision = (current?.revision ?? 0) + 1;
    await tx.store.put({ revision, ledger } satisfies Stored, 'ledger');
    await tx.done;
    announce(revision);
    return { ok: true, revision };
  };

  return {
    load: async () => (await db.get('state', 'ledger')) as Stored | undefined,
    save: (ledger, baseRevision) => write(ledger, (current) => (current?.revision ?? 0) === baseRevision),
    replace: async (ledger) => {
      const result = await write(ledger, () => true);
      return result.ok ? result.revision : 0;
    },
    wipe: async () => {
      const tx = db.transaction('state', 'readwrite');
      await Promise.all([tx.store.delete('ledger'), tx.store.delete('backup'), tx.done]);
      announce(0);
    },
    backupState: async () =>
      ((await db.get('state', 'backup')) as BackupState | undefined) ?? {
        lastBackupAt: undefined,
        backedUpRevision: 0,
      },
    markBackedUp: async (revision, now = new Date()) => {
      await db.put(
        'state',
        { lastBackupAt: now.toISOString(), backedUpRevision: revision } satisfies BackupState,
        'backup',
      );
    },
    onExternalChange: (listener) => {
      const handle = (event: MessageEvent<{ revision: number }>) => listener(event.data.revision);
      channel.addEventListener('message', handle);
      return () => channel.removeEventListener('message', handle);
    },
    close: () => {
      channel.close();
      db.close();
    },
  };
}

/**
 * Asks the browser to keep this site's storage under pressure (it may say no; Chrome grants it to
 * installed and much-used sites), and reports the space used, for the page to show.
 */
export async function storageStatus(): Promise<{
  persisted: boolean;
  usage?: number | undefined;
  quota?: number | undefined;
}> {
  const storage = globalThis.navigator?.storage;
  if (!storage) return { persisted: false };
  const persisted = (await storage.persisted?.()) || ((await storage.persist?.()) ?? false);
  const { usage, quota } = (await storage.estimate?.()) ?? {};
  return { persisted, usage, quota };
}
