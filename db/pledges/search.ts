// The public search verb: pledges whose title, description, quoted sentences or party names hold
// every word of the query, best first, with the matched words marked (lib/search-query.ts). The
// index is the pledge_search FTS5 table (db/migrations/0004_pledge_search.sql, kept current by
// triggers); words under three characters, which the trigram index cannot look up, are found by
// LIKE over the same table (a scan; a broad one stops at SEARCH_LIMITS.counted).
import { sql, type SQL } from 'drizzle-orm';
import { getDb } from '../sqlite/client';
import { read } from '../sqlite/transaction';
import {
  HIT_END, HIT_START, SEARCH_LIMITS, ftsMatch, likePattern, markTerms, parseSearchQuery, type SearchQuery,
} from '../../lib/search-query';

export type SearchHit = {
  id: number; stage: string; kind: string; announcedOn: string | null; datePrecision: string;
  /** Marked with HIT_START/HIT_END; description and quote are null when the words are not in them. */
  title: string; parties: string; description: string | null; quote: string | null;
};
/** `total` is exact up to SEARCH_LIMITS.counted; `more` says there are more matches than that. */
export type SearchResult = { query: SearchQuery; total: number; more: boolean; hits: SearchHit[] };

type Row = Omit<SearchHit, 'description' | 'quote'> & { description: string; quote: string };

// Title matches rank first, then party names, the description and the quotes (bm25 weights).
const RANK = sql`bm25(pledge_search, 10.0, 2.0, 1.0, 4.0)`;
const SNIPPET_TOKENS = 48;
const FACTS = sql`p.id as id, p.stage as stage, p.kind as kind, p.announced_on as announcedOn, p.date_precision as datePrecision`;
const FROM = sql`pledge_search s join pledges p on p.id = s.rowid`;

const hasHit = (text: string) => (text.includes(HIT_START) ? text : null);

const HIGHLIGHTS = sql`highlight(pledge_search, 0, ${HIT_START}, ${HIT_END}) as title,
  highlight(pledge_search, 3, ${HIT_START}, ${HIT_END}) as parties,
  snippet(pledge_search, 1, ${HIT_START}, ${HIT_END}, '…', ${SNIPPET_TOKENS}) as description,
  snippet(pledge_search, 2, ${HIT_START}, ${HIT_END}, '…', ${SNIPPET_TOKENS}) as quote`;

/** Matches counted up to the limit: a word in most pledges ("Ukraine") would otherwise count them all. */
function countUpTo(where: SQL): { total: number; more: boolean } {
  const n = getDb().get<{ n: number }>(sql`select count(*) as n from (select 1 from ${FROM} where ${where} limit ${SEARCH_LIMITS.counted + 1})`)?.n ?? 0;
  return { total: Math.min(n, SEARCH_LIMITS.counted), more: n > SEARCH_LIMITS.counted };
}

function ftsRows(match: string, order: SQL, limit: number): Row[] {
  return getDb().all<Row>(sql`select ${FACTS}, ${HIGHLIGHTS} from ${FROM}
    where pledge_search match ${match} and p.retracted_at is null order by ${order} limit ${limit}`);
}

function ftsSearch(query: SearchQuery): SearchResult {
  const match = ftsMatch(query.terms);
  const { total, more } = countUpTo(sql`pledge_search match ${match} and p.retracted_at is null`);
  let rows: Row[];
  if (!more) rows = ftsRows(match, sql`${RANK}, p.id desc`, SEARCH_LIMITS.results);
  else {
    // Scoring hundreds of thousands of matches takes seconds: a broad query lists the pledges with
    // every word in the title first, then the rest, newest first (FTS5 reads rowids in order).
    rows = ftsRows(`{title} : (${match})`, sql`s.rowid desc`, SEARCH_LIMITS.results);
    const seen = new Set(rows.map((r) => r.id));
    const rest = ftsRows(match, sql`s.rowid desc`, SEARCH_LIMITS.results * 2).filter((r) => !seen.has(r.id));
    rows = [...rows, ...rest].slice(0, SEARCH_LIMITS.results);
  }
  return { query, total, more, hits: rows.map((r) => ({ ...r, description: hasHit(r.description), quote: hasHit(r.quote) })) };
}

function likeSearch(query: SearchQuery): SearchResult {
  const anyColumn = (term: string): SQL => {
    const p = likePattern(term);
    return sql`(s.title like ${p} escape '\\' or s.description like ${p} escape '\\' or s.quotes like ${p} escape '\\' or s.parties like ${p} escape '\\')`;
  };
  const where = sql.join([...query.terms.map(anyColumn), sql`p.retracted_at is null`], sql` and `);
  // A broad query (more matches than are counted) is listed newest first: the scan stops early.
  const titleFirst = sql.join(query.terms.map((t) => sql`(s.title like ${likePattern(t)} escape '\\')`), sql` + `);
  const { total, more } = countUpTo(where);
  const rows = getDb().all<Row>(sql`
    select ${FACTS}, s.title as title, s.parties as parties, s.description as description, s.quotes as quote
    from ${FROM} where ${where}
    order by ${more ? sql`s.rowid desc` : sql`${titleFirst} desc, p.id desc`} limit ${SEARCH_LIMITS.results}`);
  const mark = (text: string, around?: number) => markTerms(text, query.terms, around);
  return {
    query, total, more,
    hits: rows.map((r) => ({ ...r, title: mark(r.title) ?? r.title, parties: mark(r.parties) ?? r.parties,
      description: mark(r.description, 80), quote: mark(r.quote, 80) })),
  };
}

/** The pledges matching `raw` (the `q` parameter as received: any value, any length). */
export async function searchPledges(raw: unknown): Promise<SearchResult> {
  const query = parseSearchQuery(raw);
  if (query.mode === 'empty') return { query, total: 0, more: false, hits: [] };
  return read(() => (query.mode === 'fts' ? ftsSearch(query) : likeSearch(query)));
}
