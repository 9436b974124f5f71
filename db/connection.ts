// The seam every verb reads and writes through, whichever engine DATABASE_URL names (db/engine.ts):
// the transaction and read primitives, and the few result shapes that differ between drivers.
// A verb imports its tables from db/tables.ts and these from here, and never a driver.
import { sql, type SQL } from 'drizzle-orm';
import { onPostgres } from './engine';
import * as lite from './sqlite/transaction';
import * as postgres from './postgres/transaction';
import { closeDb, getDb, type Tx } from './sqlite/client';
import { databasePath } from './config';
import { databaseUrlSetting } from '../lib/env';
import { redactedUrl } from './postgres/client';

export type { Tx } from './sqlite/client';
export type { TransactionOptions } from './sqlite/transaction';

/** Runs `fn` in one write transaction (a savepoint inside another) and bumps the data version in it. */
export function writeTransaction<T>(
  fn: (tx: Tx) => T | Promise<T>,
  options: lite.TransactionOptions = {},
): Promise<T> {
  return onPostgres() ? postgres.writeTransaction(fn, options) : lite.writeTransaction(fn, options);
}

/** Runs a read outside any other request's transaction (inside the caller's own, when there is one). */
export function read<T>(fn: (db: Tx) => T | Promise<T>): Promise<T> {
  return onPostgres() ? postgres.read(fn) : lite.read(fn);
}

export const insideTransaction = (): boolean =>
  onPostgres() ? postgres.insideTransaction() : lite.insideTransaction();

/** The first row a query returns (drizzle's `.get()` exists on SQLite only). */
export async function one<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
  return (await query)[0];
}

type Raw = { all(query: SQL): unknown[]; run(query: SQL): { changes: number } };
type PgRaw = { execute(query: SQL): Promise<{ rows: unknown[]; rowCount: number | null }> };

/** The rows of a hand-written statement, keyed by the names its select list gives them. */
export async function rows<T>(db: Tx, query: SQL): Promise<T[]> {
  if (onPostgres()) return (await (db as unknown as PgRaw).execute(query)).rows as T[];
  return (db as unknown as Raw).all(query) as T[];
}

export async function firstRow<T>(db: Tx, query: SQL): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

/** Runs a hand-written statement; resolves to the number of rows it changed. */
export async function execute(db: Tx, query: SQL): Promise<number> {
  if (onPostgres()) return (await (db as unknown as PgRaw).execute(query)).rowCount ?? 0;
  return (db as unknown as Raw).run(query).changes;
}

/** Rows an awaited insert, update or delete (without `returning`) changed, on either driver. */
export function affected(result: unknown): number {
  const r = result as { changes?: number; rowCount?: number | null };
  return Number(r.changes ?? r.rowCount ?? 0);
}

/** The driver's error code (SQLITE_…, or PostgreSQL's SQLSTATE, which drizzle wraps in a cause). */
export function errorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | null;
  const code = e?.code ?? e?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A UNIQUE or PRIMARY KEY constraint refused the row. */
export const isUniqueViolation = (error: unknown): boolean =>
  ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505'].includes(errorCode(error) ?? '');

/**
 * Makes transactions that take the same `key` run one after another, from here to their end: a
 * PostgreSQL transaction-scoped advisory lock. SQLite admits one writer at a time, so there it is
 * nothing. For invariants no constraint can state (the first admin, the last admin).
 */
export async function lockFor(tx: Tx, key: number): Promise<void> {
  if (onPostgres()) await rows(tx, sql`select pg_advisory_xact_lock(cast(${key} as bigint))`);
}

/** What DATABASE_URL names, for messages: the SQLite file's path or the PostgreSQL URL without its password. */
export function databaseLabel(): string {
  return onPostgres() ? `PostgreSQL ${redactedUrl(databaseUrlSetting() ?? '')}` : databasePath();
}

/**
 * Opens the database and applies pending migrations now (the scripts do this first, so a bad URL,
 * a refused connection or a wrong password stops them with one line). Throws DatabaseOpenError.
 */
export async function openDatabaseNow(): Promise<void> {
  if (onPostgres()) await postgres.postgresDb();
  else getDb();
}

/** Closes this process's connection or pool (scripts and tests; the server keeps it open). */
export async function closeDatabase(): Promise<void> {
  if (onPostgres()) await postgres.closePostgres();
  else closeDb();
}
