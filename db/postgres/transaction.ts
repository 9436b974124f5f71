// Write transactions and reads on PostgreSQL, with the same contract as db/sqlite/transaction.ts:
// `writeTransaction(fn)` runs `await fn(tx)` in one transaction and bumps the data version in it;
// one opened inside another is a savepoint; code inside a transaction finds it (AsyncLocalStorage)
// and reads its own rows; `read(fn)` outside one runs on a pooled connection. PostgreSQL does what
// SQLite needed an in-process lock for: each transaction has a connection of its own, and rows it
// has not committed are invisible to every other.
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import { databaseUrlSetting } from '../../lib/env';
import { openPostgres, migratePostgres, describePostgresOpenError, type PgDb } from './client';
import type { Tx } from '../sqlite/client';
import { DATA_CHANNEL, processVersionReader } from './version-listener';

export class PostgresOpenError extends Error {
  override name = 'DatabaseOpenError';
}

type Opened = { url: string; db: PgDb; ready: Promise<PgDb> };
type Store = { tx: Tx; reading?: true };
const global = globalThis as typeof globalThis & {
  __pledgePg?: Opened;
  __pledgePgContext?: AsyncLocalStorage<Store>;
};
const context: AsyncLocalStorage<Store> = (global.__pledgePgContext ??= new AsyncLocalStorage());

/** The process's pool for DATABASE_URL, migrated once before its first use. */
export function postgresDb(): Promise<PgDb> {
  const url = databaseUrlSetting() ?? '';
  const current = global.__pledgePg;
  if (current && current.url === url) return current.ready;
  if (current) void current.db.$client.end().catch(() => {});
  const db = openPostgres(url);
  const ready = migratePostgres(db).then(
    () => db,
    (error: unknown) => {
      void db.$client.end().catch(() => {});
      throw new PostgresOpenError(describePostgresOpenError(error, url), { cause: error });
    },
  );
  // A failed open is not kept: the next call tries again (the database may have been starting).
  ready.catch(() => {
    if (global.__pledgePg?.db === db) global.__pledgePg = undefined;
  });
  global.__pledgePg = { url, db, ready };
  return ready;
}

/** Ends the pool (scripts and tests; the server keeps it open). */
export async function closePostgres(): Promise<void> {
  const current = global.__pledgePg;
  global.__pledgePg = undefined;
  if (current) await current.db.$client.end();
}

export const insideTransaction = (): boolean =>
  context.getStore() !== undefined && !context.getStore()!.reading;

// The verbs are typed against the SQLite handle; the PostgreSQL one offers the same query builder
// (db/tables.ts explains why one set of queries serves both).
const asTx = (db: unknown): Tx => db as Tx;

/**
 * A read's queries all see one moment of the data, as on SQLite's single connection: outside a
 * write it runs in a REPEATABLE READ, READ ONLY transaction of its own (its queries could otherwise
 * land on different pooled connections, each seeing the commits made so far). A read inside a
 * read or a write joins it.
 */
export async function read<T>(fn: (db: Tx) => T | Promise<T>): Promise<T> {
  const store = context.getStore();
  if (store) return fn(store.tx);
  const db = (await postgresDb()) as unknown as PgReadable;
  return db.transaction((raw) => context.run({ tx: asTx(raw), reading: true }, async () => fn(asTx(raw))), {
    isolationLevel: 'repeatable read',
    accessMode: 'read only',
  });
}

type PgReadable = {
  transaction<R>(
    fn: (tx: unknown) => Promise<R>,
    config: { isolationLevel: 'repeatable read'; accessMode: 'read only' },
  ): Promise<R>;
};

export type PgTransactionOptions = { touchesData?: boolean; waitMs?: number };

type PgTransactional = { transaction<R>(fn: (tx: unknown) => Promise<R>): Promise<R> };

export async function writeTransaction<T>(
  fn: (tx: Tx) => T | Promise<T>,
  options: PgTransactionOptions = {},
): Promise<T> {
  const outer = context.getStore();
  if (outer?.reading)
    throw new Error('a write transaction cannot start inside a read (db/postgres/transaction.ts)');
  if (outer) {
    return (outer.tx as unknown as PgTransactional).transaction((inner) =>
      context.run({ tx: asTx(inner) }, async () => fn(asTx(inner))),
    );
  }
  const db = (await postgresDb()) as unknown as PgTransactional;
  let committedVersion: number | undefined;
  const outcome = await db.transaction(async (raw) => {
    const tx = asTx(raw);
    const run = tx as unknown as { execute(query: unknown): Promise<unknown> };
    // A write that must not wait long (the sign-in throttle) gives up on a held row lock quickly.
    if (options.waitMs !== undefined)
      await run.execute(sql.raw(`set local lock_timeout = ${Math.max(1, Math.round(options.waitMs))}`));
    const result = await context.run({ tx }, async () => fn(tx));
    if (options.touchesData !== false) {
      // One statement: the new version, returned, and announced to every server at commit.
      const bumped = (await run.execute(sql`with bumped as (
          insert into meta (key, value) values ('data_version', '1')
            on conflict (key) do update set value = (cast(meta.value as bigint) + 1)::text
          returning value)
        select value, pg_notify(${DATA_CHANNEL}, value) from bumped`)) as { rows: { value: string }[] };
      committedVersion = Number(bumped.rows[0]?.value);
      const at = new Date().toISOString();
      await run.execute(sql`insert into meta (key, value) values ('data_changed_at', ${at})
        on conflict (key) do update set value = excluded.value`);
    }
    return result;
  });
  if (committedVersion !== undefined) processVersionReader()?.observe(committedVersion);
  return outcome;
}
