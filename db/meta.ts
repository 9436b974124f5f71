// The data version: bumped inside every write transaction, read by every cached read. A cache
// keyed on it is correct across processes (the CLI import writes while the server serves).
import { eq, sql } from 'drizzle-orm';
import { wholeNumber } from './sql-dialect';
import { getDb, type Tx } from './sqlite/client';
import { read } from './sqlite/transaction';
import { meta } from './schema';

const VERSION_KEY = 'data_version';
const CHANGED_KEY = 'data_changed_at';

/** Adds one to a counter kept in meta (creating it at 1). */
export function bumpMetaCounter(tx: Tx, key: string): void {
  tx.insert(meta).values({ key, value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`${wholeNumber(meta.value)} + 1` } }).run();
}

export function bumpDataVersion(tx: Tx): void {
  const at = new Date().toISOString();
  bumpMetaCounter(tx, VERSION_KEY);
  tx.insert(meta).values({ key: CHANGED_KEY, value: at })
    .onConflictDoUpdate({ target: meta.key, set: { value: at } }).run();
}

export type DataVersion = { version: number; changedAt: string | null };

export function dataVersion(): DataVersion {
  const rows = getDb().select().from(meta).where(sql`${meta.key} in (${VERSION_KEY}, ${CHANGED_KEY})`).all();
  const get = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
  return { version: Number(get(VERSION_KEY) ?? 0), changedAt: get(CHANGED_KEY) };
}

export async function getDataVersion(): Promise<DataVersion> {
  return read(() => dataVersion());
}

export function getMeta(key: string): string | null {
  return getDb().select().from(meta).where(eq(meta.key, key)).get()?.value ?? null;
}

/**
 * A tiny cache keyed on the data version: the value is recomputed only after a write. Entries
 * are bounded so a crawler enumerating filter combinations cannot grow memory without limit.
 * `versionOf` names a narrower version for data that changes far less often than pledges.
 */
export function versionedCache<T>(limit = 500, versionOf: () => number = () => dataVersion().version) {
  let cachedVersion = -1;
  const entries = new Map<string, T>();
  return (key: string, compute: () => T): T => {
    const version = versionOf();
    if (version !== cachedVersion) {
      entries.clear();
      cachedVersion = version;
    }
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    return value;
  };
}
