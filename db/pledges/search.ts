// The public search verb: pledges whose title, description, quoted sentences or party names hold
// every word of the query, best first, with the matched words marked (lib/search-query.ts). On
// SQLite, words of three characters and more are looked up in the FTS5 trigram index
// (db/pledges/search-fts.sqlite.ts); shorter words, which that index cannot look up, and every
// query on PostgreSQL are found by a scan of the same text (db/pledges/search-rows.ts searchedFrom)
// with containsText (ILIKE on PostgreSQL, which folds case in every script the database's locale
// knows, as FTS5 does), which stops at SEARCH_LIMITS.counted when the query is broad.
import { sql, type SQL } from 'drizzle-orm';
import { onPostgres } from '../engine';
import { read, rows, type Tx } from '../connection';
import { containsText } from '../sql-dialect';
import { markTerms, parseSearchQuery, SEARCH_LIMITS, type SearchQuery } from '../../lib/search-query';
import { countUpTo, FACTS, searchedFrom, type SearchResult, type SearchRow } from './search-rows';
import { ftsSearch } from './search-fts.sqlite';

export type { SearchHit, SearchResult } from './search-rows';

/** 1 when `term` is in `column`, else 0. */
const has = (column: SQL, term: string): SQL =>
  sql`(case when ${containsText(column, term)} then 1 else 0 end)`;
const sum = (parts: SQL[]): SQL => sql.join(parts, sql` + `);

/**
 * The order of a scan's matches. A broad query is listed newest first (the scan stops early). The
 * words of three characters and more on PostgreSQL rank as FTS5's bm25 weights do on SQLite
 * (db/pledges/search-fts.sqlite.ts): a word in the title counts most, then party names, the
 * description and the quotes. Shorter words put pledges with more of them in the title first.
 */
function scanOrder(query: SearchQuery, more: boolean): SQL {
  const inTitle = sum(query.terms.map((t) => has(sql`s.title`, t)));
  if (query.mode === 'fts' && more) return sql`${inTitle} desc, p.id desc`;
  if (more) return sql`s.rowid desc`;
  if (query.mode === 'like') return sql`${inTitle} desc, p.id desc`;
  const weighted = sum(
    query.terms.map(
      (t) => sql`(10 * ${has(sql`s.title`, t)} + 4 * ${has(sql`s.parties`, t)}
    + 2 * ${has(sql`s.description`, t)} + ${has(sql`s.quotes`, t)})`,
    ),
  );
  return sql`${weighted} desc, p.id desc`;
}

/** Every word in some column, by a scan; the words are marked here, as FTS5's highlight() would. */
async function scanSearch(db: Tx, query: SearchQuery): Promise<SearchResult> {
  const anyColumn = (term: string): SQL =>
    sql`(${sql.join(
      ['title', 'description', 'quotes', 'parties'].map((c) => containsText(sql.raw(`s.${c}`), term)),
      sql` or `,
    )})`;
  const where = sql.join([...query.terms.map(anyColumn), sql`p.retracted_at is null`], sql` and `);
  const { total, more } = await countUpTo(db, where);
  const found = await rows<SearchRow>(
    db,
    sql`
    select ${FACTS}, s.title as title, s.parties as parties, s.description as description, s.quotes as quote
    from ${searchedFrom()} where ${where}
    order by ${scanOrder(query, more)} limit ${SEARCH_LIMITS.results}`,
  );
  const mark = (text: string, around?: number) => markTerms(text, query.terms, around);
  return {
    query,
    total,
    more,
    hits: found.map((r) => ({
      ...r,
      id: Number(r.id),
      title: mark(r.title) ?? r.title,
      parties: mark(r.parties) ?? r.parties,
      description: mark(r.description, 80),
      quote: mark(r.quote, 80),
    })),
  };
}

/** The pledges matching `raw` (the `q` parameter as received: any value, any length). */
export async function searchPledges(raw: unknown): Promise<SearchResult> {
  const query = parseSearchQuery(raw);
  if (query.mode === 'empty') return { query, total: 0, more: false, hits: [] };
  return read((db) => (query.mode === 'fts' && !onPostgres() ? ftsSearch(db, query) : scanSearch(db, query)));
}
