// The PostgreSQL engine's connection: a node-postgres pool wrapped by drizzle's node-postgres
// dialect, and the migrations of db/migrations-pg/ applied under an advisory lock. drizzle's
// migrator takes no lock of its own, so two servers starting on a fresh database would both try
// to create the same tables; the lock makes the second wait and then find nothing left to do.
import path from 'node:path';
import pg from 'pg';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import * as schema from './schema';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

/** One number for the whole tracker: every process that migrates takes this lock first. */
export const MIGRATION_LOCK = 7_316_001;

// node-postgres hands bigint (int8) and numeric back as strings, and a string summed with `+=`
// concatenates. The tracker's bigints are minor units within 2^53 (db/postgres/schema.ts), and
// every aggregate it reads is one of these types — count() is int8, sum() of a bigint is numeric,
// avg() is numeric — so both are read as numbers, once, here.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

export { isPostgresUrl } from '../engine';

/**
 * How long a statement waits for a lock another transaction holds before failing with 55P03
 * (which callers map to "busy, try again"): the same 10 s SQLite's busy_timeout gives a writer.
 */
export const LOCK_TIMEOUT_MS = 10_000;

export function openPostgres(url: string, options: { max?: number } = {}): PgDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    options: `-c lock_timeout=${LOCK_TIMEOUT_MS}`,
  });
  return drizzle(pool, { schema }) as PgDb;
}

export function postgresMigrationsFolder(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations-pg');
}

/** Applies every migration not yet applied, holding MIGRATION_LOCK on one connection throughout. */
export async function migratePostgres(db: PgDb, folder = postgresMigrationsFolder()): Promise<void> {
  const client = await db.$client.connect();
  try {
    // Another server's migrations may take longer than a write's lock wait: this one waits them out.
    await client.query('set lock_timeout = 0');
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: folder });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** The URL without its password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(DATABASE_URL)';
  }
}

/** Turns a failure to reach or open the database into one line saying which of the usual causes it is. */
export function describePostgresOpenError(error: unknown, url: string): string {
  const e =
    (error as { cause?: unknown })?.cause && !(error as { code?: unknown }).code
      ? (error as { cause: unknown }).cause
      : error;
  const { code, message } = (e ?? {}) as { code?: string; message?: string };
  let where = 'PostgreSQL';
  let user = '';
  let database = '';
  try {
    const u = new URL(url);
    where = `PostgreSQL at ${u.hostname || 'localhost'}:${u.port || 5432}`;
    user = decodeURIComponent(u.username || 'postgres');
    database = decodeURIComponent(u.pathname.slice(1) || user);
  } catch {
    return `DATABASE_URL is not a valid PostgreSQL URL such as postgres://user:password@host:5432/database (got "${redactedUrl(url)}")`;
  }
  if (code === 'ECONNREFUSED')
    return `cannot connect to ${where}: connection refused (is PostgreSQL running and listening there?)`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `cannot connect to ${where}: the host name does not resolve`;
  if (code === 'ETIMEDOUT') return `cannot connect to ${where}: the connection timed out`;
  if (code === '28P01') return `${where} refused the password for user "${user}" (check DATABASE_URL)`;
  if (code === '28000') return `${where} refused user "${user}": ${message ?? 'no such role or no access'}`;
  if (code === '3D000')
    return `${where} has no database "${database}"; create it first (createdb ${database})`;
  return `cannot open the database at ${redactedUrl(url)}: ${(message ?? String(error)).split('\n')[0]}`;
}
