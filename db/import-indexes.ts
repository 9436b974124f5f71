// Bulk-load helpers for an import into an empty pledges table (SQLite specifics, kept out of the
// verbs): building an index once from sorted data is much cheaper than updating it row by row.
// The definitions are read from sqlite_master just before dropping, so what is recreated is
// exactly what the migrations made. Unique indexes stay: they enforce rules and serve the
// import's own external_id look-ups. SQLite DDL is transactional, so a rolled-back import (a dry
// run, a bad row) gets its indexes back untouched.
import { getSqlite } from './client';

const BULK_TABLES = ['pledges', 'revisions', 'pledge_sources'];

export type DroppedIndex = { name: string; sql: string };

/** Inside the import's transaction: drops the plain secondary indexes when pledges is empty. */
export function dropIndexesForBulkLoad(): DroppedIndex[] {
  const sqlite = getSqlite();
  if (sqlite.prepare('select 1 from pledges limit 1').get() !== undefined) return [];
  const indexes = sqlite.prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null
    and tbl_name in (${BULK_TABLES.map(() => '?').join(', ')}) and sql not like 'CREATE UNIQUE%'`).all(...BULK_TABLES) as DroppedIndex[];
  for (const index of indexes) sqlite.exec(`drop index "${index.name.replace(/"/g, '""')}"`);
  return indexes;
}

/** Recreates what dropIndexesForBulkLoad dropped, in the same transaction, before it commits. */
export function recreateIndexes(indexes: DroppedIndex[]): void {
  const sqlite = getSqlite();
  for (const index of indexes) sqlite.exec(index.sql);
}

/** A larger page cache while a big import runs (restored after), so the b-trees stay in memory. */
export function withImportCache<T>(fn: () => T): T {
  const sqlite = getSqlite();
  const previous = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma('cache_size = -262144');
  try {
    return fn();
  } finally {
    sqlite.pragma(`cache_size = ${Number(previous)}`);
  }
}
