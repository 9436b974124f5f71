// Long reads (CSV exports) on a connection of their own. An export streams for as long as the
// client reads, so it must neither hold the shared connection busy (better-sqlite3 refuses other
// statements on a connection while an iterator is open) nor see half of a later write: its own
// read transaction gives it one consistent snapshot under WAL. Dialect specifics stay here.
import 'server-only';
import Database from 'better-sqlite3';
import type { SQL } from 'drizzle-orm';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { databasePath } from './config';
import { getDb } from './client';

const dialect = new SQLiteSyncDialect();

export type SnapshotReader = {
  /** Rows one at a time, as the caller pulls them (`.iterate()` over a prepared statement). */
  iterate<T>(query: SQL): IterableIterator<T>;
  all<T>(query: SQL): T[];
  close(): void;
};

export function openSnapshotReader(): SnapshotReader {
  getDb(); // the shared connection migrates the file before anyone reads it
  const sqlite = new Database(databasePath(), { fileMustExist: true });
  sqlite.pragma('busy_timeout = 10000');
  sqlite.exec('begin');
  const compile = (query: SQL) => {
    const { sql, params } = dialect.sqlToQuery(query);
    return { statement: sqlite.prepare(sql), params };
  };
  return {
    iterate<T>(query: SQL) {
      const { statement, params } = compile(query);
      return statement.iterate(...params) as IterableIterator<T>;
    },
    all<T>(query: SQL) {
      const { statement, params } = compile(query);
      return statement.all(...params) as T[];
    },
    close() {
      if (!sqlite.open) return;
      if (sqlite.inTransaction) sqlite.exec('rollback');
      sqlite.close();
    },
  };
}
