// Opens the process's SQLite connection once, for every verb. Dialect specifics — pragmas, the
// backup API, iterate() — stay here and in the named helpers below; the few other files that reach
// the driver directly (their own connections, getSqlite()) are listed in db/README.md.
import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import Database, { type RunResult } from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../schema';
import {
  databasePath,
  migrationsFolder,
  DatabaseConfigError,
  PRIVATE_DIR_MODE,
  PRIVATE_FILE_MODE,
} from '../config';
import { backfillPartyNames } from '../pledges/party-backfill';
import { DatabaseOpenError, describeOpenError } from './open-error';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/**
 * What a verb reads and writes through: the connection itself or a drizzle savepoint of it. Inside
 * writeTransaction (db/sqlite/transaction.ts) the connection is the open transaction.
 */
export type Tx = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

type Opened = { db: Db; sqlite: Database.Database; file: string };
const globalForDb = globalThis as unknown as { __pledgeDb?: Opened; __pledgeBusyMs?: number };

/**
 * Creates the database's folder 0700 (only a folder made here: an existing one is the operator's)
 * and the file itself 0600 before SQLite opens it. SQLite gives the WAL and shared-memory files the
 * database file's mode, so they are 0600 too; an older database made under a looser umask is
 * brought back to 0600 along with them.
 */
function createPrivately(file: string): void {
  const made = fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_DIR_MODE });
  if (made) fs.chmodSync(path.dirname(file), PRIVATE_DIR_MODE);
  try {
    fs.closeSync(fs.openSync(file, 'wx', PRIVATE_FILE_MODE));
  } catch (error) {
    // An existing database (or a directory in its place): SQLite's own open reports what is wrong.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    const stat = fs.statSync(/*turbopackIgnore: true*/ name, { throwIfNoEntry: false });
    // Another user's file (a read-only deployment) keeps its mode: only its owner may change it.
    if (stat?.isFile() && (stat.mode & 0o777) !== PRIVATE_FILE_MODE && stat.uid === process.getuid?.())
      fs.chmodSync(name, PRIVATE_FILE_MODE);
  }
}

/** How long a write waits for another connection's write to finish before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 10_000;

/** Opens (creating the directory), sets pragmas, applies pending migrations. Throws DatabaseOpenError. */
export function openDatabase(file: string, options: { migrate?: boolean } = {}): Opened {
  let sqlite: Database.Database | undefined;
  try {
    createPrivately(file);
    sqlite = new Database(file);
    // WAL: readers never block the writer. synchronous=NORMAL in WAL keeps the database
    // consistent after a crash or power loss; a power loss (not a process crash) may roll back
    // the last transactions acknowledged in the final moments — see docs/performance.md.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('temp_store = MEMORY');
    const db = drizzle(sqlite, { schema }) as Db;
    if (options.migrate !== false) {
      migrate(db, { migrationsFolder: migrationsFolder() });
      // JS, not SQL: migration 0002's party keys need Unicode normalisation (db/pledges/party-backfill.ts).
      backfillPartyNames(db);
    }
    return { db, sqlite, file };
  } catch (error) {
    sqlite?.close();
    if (error instanceof DatabaseConfigError) throw error;
    throw new DatabaseOpenError(describeOpenError(error, file), { cause: error });
  }
}

function opened(): Opened {
  if (!globalForDb.__pledgeDb) globalForDb.__pledgeDb = openDatabase(databasePath());
  return globalForDb.__pledgeDb;
}

/** The process's database, opened and migrated on first use. */
export function getDb(): Db {
  return opened().db;
}

/** The raw driver handle, for the few dialect-specific helpers (iterate, backup, pragmas). */
export function getSqlite(): Database.Database {
  return opened().sqlite;
}

/**
 * How long this process's connection waits for another writer's lock before failing with
 * SQLITE_BUSY (which callers map to "try again"): shortened while imports run and for the
 * sign-in throttle, whose writes must never hold up the event loop.
 */
export function setBusyTimeout(ms: number): void {
  getSqlite().pragma(`busy_timeout = ${ms}`);
  globalForDb.__pledgeBusyMs = ms;
}

/** The connection's wait for another writer's lock now (what setBusyTimeout last set). */
export const busyTimeout = (): number => globalForDb.__pledgeBusyMs ?? BUSY_TIMEOUT_MS;

/** Closes the process's database (scripts and tests; the server keeps it open). */
export function closeDb(): void {
  globalForDb.__pledgeDb?.sqlite.close();
  globalForDb.__pledgeDb = undefined;
  globalForDb.__pledgeBusyMs = undefined;
}

/**
 * Online, consistent copy while other connections keep writing (SQLite backup API). Every page is
 * copied in one step: copied a few pages at a time, the backup starts over whenever another
 * connection writes between two steps, and under steady writes it never finished. One step holds a
 * read snapshot of the file while it copies; in WAL mode writers go on meanwhile.
 */
export async function backupDatabase(target: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  await getSqlite().backup(target, { progress: () => ALL_PAGES });
}
const ALL_PAGES = 0x7fffffff;
