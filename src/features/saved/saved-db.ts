/**
 * Saved estimates in this browser's IndexedDB, through idb-keyval: one object store of its own, an
 * entry per estimate under a random id. Reading returns every row as it is; saved-entries.ts checks them.
 */
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import type { StoredEntry } from './saved-entries.ts';

export const DB_NAME = 'apigw-calculator';
export const STORE_NAME = 'saved-estimates';

let store: UseStore | undefined;

/** The store, opened at first use (opening throws where the browser refuses storage). */
function db(): UseStore {
  store ??= createStore(DB_NAME, STORE_NAME);
  return store;
}

export function readRows(): Promise<[IDBValidKey, unknown][]> {
  return entries<IDBValidKey, unknown>(db());
}

export function writeEntry(id: string, entry: StoredEntry): Promise<void> {
  return set(id, entry, db());
}

export function deleteEntry(key: IDBValidKey): Promise<void> {
  return del(key, db());
}

/** A new entry's id: random, from a source every context has (randomUUID needs a secure one). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
