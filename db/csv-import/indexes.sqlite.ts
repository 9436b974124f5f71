// Bulk-load helpers for an import into an empty pledges table (SQLite specifics, kept out of the
// verbs): building an index once from sorted data is much cheaper than updating it row by row.
// The definitions are read from sqlite_master just before dropping, so what is recreated is
// exactly what the migrations made. Unique indexes stay: they enforce rules and serve the
// import's own external_id look-ups. SQLite DDL is transactional, so a rolled-back import (a dry
// run, a bad row) gets its indexes back untouched.
import { getSqlite } from '../sqlite/client';
import { isDatabaseBusy } from '../../lib/validation';

const BULK_TABLES = ['pledges', 'revisions', 'pledge_sources'];

export type DroppedIndex = { name: string; sql: string };

export function pledgesTableEmpty(): boolean {
  return getSqlite().prepare('select 1 from pledges limit 1').get() === undefined;
}

/**
 * The indexes a load with a reader thread keeps up row by row instead of rebuilding: their keys
 * arrive in order (a pledge's revisions, the write times) or fall into a few groups (category and
 * stage, the rare reported totals, parent_id mostly empty), so an insert lands on a leaf page
 * already in the cache; the writer has the time while it waits for the reader, and the rebuild
 * would be a serial pass at the end (figures in docs/performance.md). A name not here is rebuilt.
 */
const KEPT_IN_ORDER = new Set([
  'revisions_pledge_idx',
  'revisions_at_idx',
  'pledges_updated_at_idx',
  'pledges_category_stage_idx',
  'pledges_reported_idx',
  'pledges_parent_idx',
]);

/** Inside the import's transaction: drops the plain secondary indexes when pledges is empty. */
export function dropIndexesForBulkLoad(keepInOrder = false): {
  emptyAtStart: boolean;
  dropped: DroppedIndex[];
} {
  const sqlite = getSqlite();
  if (!pledgesTableEmpty()) return { emptyAtStart: false, dropped: [] };
  const indexes = sqlite
    .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null
    and tbl_name in (${BULK_TABLES.map(() => '?').join(', ')}) and sql not like 'CREATE UNIQUE%'`)
    .all(...BULK_TABLES) as DroppedIndex[];
  const drop = indexes.filter((i) => !(keepInOrder && KEPT_IN_ORDER.has(i.name)));
  for (const index of drop) sqlite.exec(`drop index "${index.name.replace(/"/g, '""')}"`);
  return { emptyAtStart: true, dropped: drop };
}

/** Recreates what dropIndexesForBulkLoad dropped, in the same transaction, before it commits. */
export function recreateIndexes(indexes: DroppedIndex[]): void {
  const sqlite = getSqlite();
  for (const index of indexes) sqlite.exec(index.sql);
}

/** A larger page cache while a big import runs (restored after), so the b-trees stay in memory. */
export async function withImportCache<T>(fn: () => Promise<T>): Promise<T> {
  const sqlite = getSqlite();
  const previous = sqlite.pragma('cache_size', { simple: true }) as number;
  sqlite.pragma('cache_size = -262144');
  try {
    return await fn();
  } finally {
    sqlite.pragma(`cache_size = ${Number(previous)}`);
  }
}

/**
 * Runs an import into an empty pledges table with a rollback journal instead of WAL (the CLI asks
 * for this). WAL writes every page twice, to the log and again at the checkpoint; a rollback journal
 * writes the new pages once and journals only the pages that already existed (the empty tables'
 * roots, the fx and meta rows). Crash safety: before SQLite overwrites a page that existed it has
 * written that page's original content to the -journal file and synced it (synchronous=FULL while
 * this runs); pages past the old end of the file need no copy, since a rollback truncates the file
 * back to its old size. A crash or power loss mid-import leaves that hot journal, and the next
 * connection to open the file rolls it back before reading: the database is as it was. Leaving WAL
 * needs the only connection to the file; if another is open SQLite refuses at once (SQLITE_BUSY)
 * and the import runs in WAL as usual. While it runs, another process cannot open the database
 * (openDatabase's switch to WAL is refused) and, once pages spill, cannot read it. WAL comes back
 * afterwards; if this process died first, the next openDatabase switches it back.
 */
export async function withRollbackJournal<T>(fn: () => Promise<T>): Promise<T> {
  const sqlite = getSqlite();
  try {
    if (sqlite.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') return fn();
  } catch (error) {
    if (isDatabaseBusy(error)) return fn();
    throw error;
  }
  const synchronous = Number(sqlite.pragma('synchronous', { simple: true }));
  sqlite.pragma('synchronous = FULL');
  try {
    return await fn();
  } finally {
    sqlite.pragma(`synchronous = ${synchronous}`);
    sqlite.pragma('journal_mode = WAL');
  }
}
