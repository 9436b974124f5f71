// The SQL whose spelling differs between SQLite and PostgreSQL, each behind a name that says what it
// means, so the verbs' queries read the same on both engines and a difference is written once.
// These are SQLite's spellings (the engine the verbs run on today); on PostgreSQL 15 they become:
//   caseless      x collate nocase            →  lower(x)  (or a case-insensitive ICU collation)
//   daysBetween   julianday(a) - julianday(b)  →  a::date - b::date
//   larger        max(a, b)  (scalar)          →  greatest(a, b)
//   wholeNumber   cast(x as integer)  (64-bit) →  cast(x as bigint)  (PostgreSQL's integer is 32-bit)
//   monthOf       substr(x, 1, 7)              →  the same (substr exists on both)
// The bulk paths in *.sqlite.ts files use SQLite-only statements of their own and say so.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** Compares and sorts `expr` ignoring ASCII case, as the lists' name and title orders do. */
export const caseless = (expr: SQLWrapper): SQL => sql`${expr} collate nocase`;

/** Whole days from ISO date `b` to ISO date `a` (negative when `a` is earlier). */
export const daysBetween = (a: SQLWrapper | string, b: SQLWrapper | string): SQL => sql`(julianday(${a}) - julianday(${b}))`;

/** The larger of two values in one row. */
export const larger = (a: SQLWrapper | number, b: SQLWrapper | number): SQL => sql`max(${a}, ${b})`;

/** `expr` as a 64-bit integer (money in minor units overflows 32 bits). */
export const wholeNumber = (expr: SQLWrapper): SQL => sql`cast(${expr} as integer)`;

/** The YYYY-MM month of an ISO date or timestamp. */
export const monthOf = (expr: SQLWrapper): SQL => sql`substr(${expr}, 1, 7)`;
