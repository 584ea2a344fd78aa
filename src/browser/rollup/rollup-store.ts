import { openDB, type DBSchema } from 'idb';
import type { InputFile } from '../../lib/rollup/inputs.ts';
import type { RollupScope } from '../../lib/rollup/scope.ts';

/**
 * The rollup session in this browser's IndexedDB (through `idb`, like the ledger): the scope, the
 * report files as text and the tree file as bytes, saved whole at every change, so a reload or a
 * closed tab loses nothing. 「清空」 deletes it. The files hold no names unless a branch chose to
 * attach its member list, and they never leave this browser.
 */
const DB_NAME = 'dangjian-rollup';

export interface RollupSession {
  scope: RollupScope;
  files: InputFile[];
  tree?: { fileName: string; bytes: Uint8Array } | undefined;
}

interface RollupDb extends DBSchema {
  state: { key: 'session'; value: RollupSession };
}

export interface RollupStore {
  load(): Promise<RollupSession | undefined>;
  save(session: RollupSession): Promise<void>;
  wipe(): Promise<void>;
}

export async function openRollupStore(name = DB_NAME): Promise<RollupStore> {
  const db = await openDB<RollupDb>(name, 1, {
    upgrade(database) {
      database.createObjectStore('state');
    },
  });
  return {
    load: () => db.get('state', 'session'),
    save: async (session) => {
      await db.put('state', session, 'session');
    },
    wipe: () => db.delete('state', 'session'),
  };
}
