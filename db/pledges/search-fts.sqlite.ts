// The FTS5 half of the public search (db/pledges/search.ts), SQLite only: words of three
// characters and more looked up in the trigram index pledge_search (db/migrations/0004_pledge_search.sql),
// ranked by bm25 and marked by highlight() and snippet(), which exist in FTS5 alone.
import { sql, type SQL } from 'drizzle-orm';
import { rows, type Tx } from '../connection';
import { HIT_END, HIT_START, SEARCH_LIMITS, ftsMatch, type SearchQuery } from '../../lib/search-query';
import { countUpTo, FACTS, searchedFrom, type SearchResult, type SearchRow } from './search-rows';

// Title matches rank first, then party names, the description and the quotes (bm25 weights).
const RANK = sql`bm25(pledge_search, 10.0, 2.0, 1.0, 4.0)`;
const SNIPPET_TOKENS = 48;

const hasHit = (text: string) => (text.includes(HIT_START) ? text : null);

const HIGHLIGHTS = sql`highlight(pledge_search, 0, ${HIT_START}, ${HIT_END}) as title,
  highlight(pledge_search, 3, ${HIT_START}, ${HIT_END}) as parties,
  snippet(pledge_search, 1, ${HIT_START}, ${HIT_END}, '…', ${SNIPPET_TOKENS}) as description,
  snippet(pledge_search, 2, ${HIT_START}, ${HIT_END}, '…', ${SNIPPET_TOKENS}) as quote`;

function ftsRows(db: Tx, match: string, order: SQL, limit: number): Promise<SearchRow[]> {
  return rows<SearchRow>(
    db,
    sql`select ${FACTS}, ${HIGHLIGHTS} from ${searchedFrom()}
    where pledge_search match ${match} and p.retracted_at is null order by ${order} limit ${limit}`,
  );
}

export async function ftsSearch(db: Tx, query: SearchQuery): Promise<SearchResult> {
  const match = ftsMatch(query.terms);
  const { total, more } = await countUpTo(db, sql`pledge_search match ${match} and p.retracted_at is null`);
  let found: SearchRow[];
  if (!more) found = await ftsRows(db, match, sql`${RANK}, p.id desc`, SEARCH_LIMITS.results);
  else {
    // Scoring hundreds of thousands of matches takes seconds: a broad query lists the pledges with
    // every word in the title first, then the rest, newest first (FTS5 reads rowids in order).
    found = await ftsRows(db, `{title} : (${match})`, sql`s.rowid desc`, SEARCH_LIMITS.results);
    const seen = new Set(found.map((r) => r.id));
    const rest = (await ftsRows(db, match, sql`s.rowid desc`, SEARCH_LIMITS.results * 2)).filter(
      (r) => !seen.has(r.id),
    );
    found = [...found, ...rest].slice(0, SEARCH_LIMITS.results);
  }
  return {
    query,
    total,
    more,
    hits: found.map((r) => ({ ...r, description: hasHit(r.description), quote: hasHit(r.quote) })),
  };
}
