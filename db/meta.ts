// The data version: bumped inside every write transaction that touches published data (by the
// engine's own transaction: db/sqlite/transaction.ts, db/postgres/transaction.ts), read by every
// cached read. A cache keyed on it is correct across processes (the CLI import writes while the
// server serves) and across servers sharing one PostgreSQL database.
import { eq, inArray, sql } from 'drizzle-orm';
import { wholeNumber } from './sql-dialect';
import { one, read, type Tx } from './connection';
import { meta } from './tables';
import { onPostgres } from './engine';
import { processVersionReader } from './postgres/version-listener';

export const VERSION_KEY = 'data_version';
export const CHANGED_KEY = 'data_changed_at';

/** Adds one to a counter kept in meta (creating it at 1). */
export async function bumpMetaCounter(tx: Tx, key: string): Promise<void> {
  await tx
    .insert(meta)
    .values({ key, value: '1' })
    .onConflictDoUpdate({ target: meta.key, set: { value: sql`${wholeNumber(meta.value)} + 1` } });
}

export type DataVersion = { version: number; changedAt: string | null };

export async function dataVersionIn(db: Tx): Promise<DataVersion> {
  const rows = await db
    .select()
    .from(meta)
    .where(inArray(meta.key, [VERSION_KEY, CHANGED_KEY]));
  const get = (key: string) => rows.find((r) => r.key === key)?.value ?? null;
  return { version: Number(get(VERSION_KEY) ?? 0), changedAt: get(CHANGED_KEY) };
}

export function getDataVersion(): Promise<DataVersion> {
  return read((db) => dataVersionIn(db));
}

export async function getMetaIn(db: Tx, key: string): Promise<string | null> {
  return (await one(db.select().from(meta).where(eq(meta.key, key))))?.value ?? null;
}

export function getMeta(key: string): Promise<string | null> {
  return read((db) => getMetaIn(db, key));
}

/**
 * The data version number alone, for caches. On a PostgreSQL server it comes from the process's
 * listener (db/postgres/version-listener.ts) without a query while that is connected.
 */
export async function dataVersionNumber(): Promise<number> {
  const reader = onPostgres() ? processVersionReader() : undefined;
  if (reader) return reader.read();
  return (await getDataVersion()).version;
}

/**
 * A small cache keyed on the data version: a value is recomputed only after a write. It holds the
 * promise of each value, so requests arriving while one is computed share that computation; a
 * computation that fails is dropped, not kept. Entries are bounded so a crawler enumerating filter
 * combinations cannot grow memory without limit. `versionOf` names a narrower version for data that
 * changes far less often than pledges.
 */
export function versionedCache<T>(limit = 500, versionOf: () => Promise<number> = dataVersionNumber) {
  let cachedVersion = -1;
  const entries = new Map<string, Promise<T>>();
  return async (key: string, compute: () => T | Promise<T>): Promise<T> => {
    const version = await versionOf();
    if (version !== cachedVersion) {
      entries.clear();
      cachedVersion = version;
    }
    const hit = entries.get(key);
    if (hit !== undefined) return hit;
    const value = Promise.resolve().then(compute);
    if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    value.catch(() => {
      if (entries.get(key) === value) entries.delete(key);
    });
    return value;
  };
}
