// What both halves of the public search (db/pledges/search.ts, db/pledges/search-fts.sqlite.ts)
// share: the result's shape, the pledge facts and the searched text they read, and the capped count.
import { sql, type SQL } from 'drizzle-orm';
import { onPostgres } from '../engine';
import { firstRow, type Tx } from '../connection';
import { SEARCH_LIMITS, type SearchQuery } from '../../lib/search-query';

export type SearchHit = {
  id: number;
  stage: string;
  kind: string;
  announcedOn: string | null;
  datePrecision: string;
  /** Marked with HIT_START/HIT_END; description and quote are null when the words are not in them. */
  title: string;
  parties: string;
  description: string | null;
  quote: string | null;
};
/** `total` is exact up to SEARCH_LIMITS.counted; `more` says there are more matches than that. */
export type SearchResult = { query: SearchQuery; total: number; more: boolean; hits: SearchHit[] };

export type SearchRow = Omit<SearchHit, 'description' | 'quote'> & { description: string; quote: string };

export const FACTS = sql`p.id as id, p.stage as stage, p.kind as kind, p.announced_on as "announcedOn", p.date_precision as "datePrecision"`;

/**
 * The pledges `p` beside their searched text `s` (rowid = the pledge's id; title, description,
 * quotes in order, parties). On SQLite `s` is the FTS5 table pledge_search that triggers keep
 * (db/migrations/0004_pledge_search.sql); on PostgreSQL the same columns are read from the tables
 * themselves, so every write path, a renamed party included, is searchable at once with nothing to
 * keep. The quotes are joined once per pledge (a lateral aggregate), however often the query names them.
 */
export const searchedFrom = (): SQL =>
  onPostgres()
    ? sql`pledges p join parties d on d.id = p.donor_id join parties r on r.id = p.recipient_id
    cross join lateral (select coalesce(string_agg(ps.quote, chr(10) order by ps.position), '') as quotes
      from pledge_sources ps where ps.pledge_id = p.id) q
    cross join lateral (select p.id as rowid, p.title as title, coalesce(p.description, '') as description, q.quotes as quotes,
      d.name || chr(10) || r.name as parties) s`
    : sql`pledge_search s join pledges p on p.id = s.rowid`;

/** Matches counted up to the limit: a word in most pledges ("Ukraine") would otherwise count them all. */
export async function countUpTo(db: Tx, where: SQL): Promise<{ total: number; more: boolean }> {
  const row = await firstRow<{ n: number | string }>(
    db,
    sql`select count(*) as n from (select 1 from ${searchedFrom()} where ${where} limit ${SEARCH_LIMITS.counted + 1}) as matched`,
  );
  const n = Number(row?.n ?? 0);
  return { total: Math.min(n, SEARCH_LIMITS.counted), more: n > SEARCH_LIMITS.counted };
}
