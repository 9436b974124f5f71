// The public search's query, read from whatever a visitor types: words become quoted FTS5
// phrases (so no character can form FTS5 syntax: AND, NEAR, *, ^, column filters), or LIKE
// patterns when a word is shorter than the trigram tokenizer's three characters. Pure, so the
// rules are tested on their own (tests/unit/search-query.test.ts); db/pledges/search.ts runs the query.

/** `counted`: matches counted exactly; past it a query is "broad" and answered newest first (db/pledges/search.ts). */
export const SEARCH_LIMITS = { chars: 200, terms: 8, results: 50, counted: 10_000 } as const;

/** Wrapped around each matched stretch by db/pledges/search.ts; control characters never reach a query. */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

export type SearchQuery = {
  /** The query as it is answered (trimmed, control characters removed, cut to the limits). */
  text: string;
  terms: string[];
  /** fts: every word has 3+ characters; like: some word is shorter (e.g. 日本); empty: nothing to look for. */
  mode: 'fts' | 'like' | 'empty';
  /** Set when the query was longer than the limits allow. */
  shortened: boolean;
};

const length = (s: string) => [...s].length;

export function parseSearchQuery(raw: unknown): SearchQuery {
  const first = Array.isArray(raw) ? raw[0] : raw;
  const given = typeof first === 'string' ? first.toWellFormed() : '';
  const cleaned = given.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim();
  const chars = [...cleaned];
  const text = chars.slice(0, SEARCH_LIMITS.chars).join('').trim();
  const words = [...new Set(text.split(/\s+/u).filter(Boolean))];
  const terms = words.slice(0, SEARCH_LIMITS.terms);
  const shortened = chars.length > SEARCH_LIMITS.chars || words.length > SEARCH_LIMITS.terms;
  const mode = terms.length === 0 ? 'empty' : terms.every((t) => length(t) >= 3) ? 'fts' : 'like';
  return { text, terms, mode, shortened };
}

/** Each word as an FTS5 string ("..." with inner quotes doubled); all must match. */
export function ftsMatch(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}

/** A LIKE pattern finding `term` anywhere (with ESCAPE '\'). */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export type Segment = { text: string; hit: boolean };

/** Text with HIT_START/HIT_END markers as segments, for React to render (never as HTML). */
export function hitSegments(marked: string): Segment[] {
  const out: Segment[] = [];
  let hit = false;
  for (const part of marked.split(/([\u0002\u0003])/u)) {
    if (part === HIT_START) hit = true;
    else if (part === HIT_END) hit = false;
    else if (part) out.push({ text: part, hit });
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The LIKE path's marking, done here because FTS5's highlight() only marks what MATCH found:
 * every occurrence of a term, case-insensitively; long text is cut to `around` characters
 * either side of the first hit (null when there is none).
 */
export function markTerms(text: string, terms: readonly string[], around = Infinity): string | null {
  if (terms.length === 0) return null;
  const pattern = new RegExp(terms.map(escapeRegExp).join('|'), 'giu');
  const first = text.search(pattern);
  if (first < 0) return null;
  const from = Math.max(0, first - around);
  const to = Math.min(text.length, first + around * 2);
  const excerpt = text.slice(from, to);
  return `${from > 0 ? '…' : ''}${excerpt.replace(pattern, (m) => `${HIT_START}${m}${HIT_END}`)}${to < text.length ? '…' : ''}`;
}
