// What both halves of the public search (db/pledges/search.ts, db/pledges/search-fts.sqlite.ts)
// share: the result's shape, the pledge facts and the table or view they read, and the capped count.
import { sql, type SQL } from 'drizzle-orm';
import { firstRow, type Tx } from '../connection';
import { SEARCH_LIMITS, type SearchQuery } from '../../lib/search-query';

export type SearchHit = {
  id: number; stage: string; kind: string; announcedOn: string | null; datePrecision: string;
  /** Marked with HIT_START/HIT_END; description and quote are null when the words are not in them. */
  title: string; parties: string; description: string | null; quote: string | null;
};
/** `total` is exact up to SEARCH_LIMITS.counted; `more` says there are more matches than that. */
export type SearchResult = { query: SearchQuery; total: number; more: boolean; hits: SearchHit[] };

export type SearchRow = Omit<SearchHit, 'description' | 'quote'> & { description: string; quote: string };

export const FACTS = sql`p.id as id, p.stage as stage, p.kind as kind, p.announced_on as "announcedOn", p.date_precision as "datePrecision"`;
export const FROM = sql`pledge_search s join pledges p on p.id = s.rowid`;

/** Matches counted up to the limit: a word in most pledges ("Ukraine") would otherwise count them all. */
export async function countUpTo(db: Tx, where: SQL): Promise<{ total: number; more: boolean }> {
  const row = await firstRow<{ n: number | string }>(db,
    sql`select count(*) as n from (select 1 from ${FROM} where ${where} limit ${SEARCH_LIMITS.counted + 1}) as matched`);
  const n = Number(row?.n ?? 0);
  return { total: Math.min(n, SEARCH_LIMITS.counted), more: n > SEARCH_LIMITS.counted };
}
