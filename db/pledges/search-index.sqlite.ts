// Bulk writers (db/fixtures/synthetic.sqlite.ts) index their new pledges in one statement instead of through the
// search triggers row by row (db/migrations/0004_pledge_search.sql), which write each pledge's
// index row twice (once for the pledge, again for its source's quote). The pause is a meta row the
// triggers look for, written and removed inside the caller's transaction, so no other connection
// ever sees it and every committed pledge is indexed. SQLite only: PostgreSQL keeps no index to pause
// (its search reads the tables themselves, db/pledges/search-rows.ts).
import type Database from 'better-sqlite3';

const PAUSED = 'search_index_paused';

/** Runs `write` (inside the caller's transaction) with the triggers paused, then indexes pledges with id >= the first new one. */
export async function withSearchIndexPaused<T>(
  sqlite: Database.Database,
  write: () => T | Promise<T>,
): Promise<T> {
  if (!sqlite.inTransaction) throw new Error('the search index may only be paused inside a transaction');
  const firstNew = Number(sqlite.prepare('select coalesce(max(id), 0) + 1 from pledges').pluck().get());
  sqlite.prepare('insert into meta (key, value) values (?, ?)').run(PAUSED, '1');
  const result = await write();
  sqlite.prepare('delete from meta where key = ?').run(PAUSED);
  sqlite
    .prepare(`insert into pledge_search (rowid, title, description, quotes, parties)
    select p.id, p.title, coalesce(p.description, ''),
      coalesce((select group_concat(quote, char(10)) from (select quote from pledge_sources where pledge_id = p.id order by position)), ''),
      d.name || char(10) || r.name
    from pledges p join parties d on d.id = p.donor_id join parties r on r.id = p.recipient_id
    where p.id >= ?`)
    .run(firstNew);
  return result;
}
