// The SQL whose spelling differs between SQLite and PostgreSQL, each behind a name that says what it
// means, so the verbs' queries read the same on both engines and a difference is written once here.
// Each helper picks the spelling of the engine this process runs on (db/engine.ts):
//   caseless      x collate nocase            |  lower(x)  (ASCII case only, like nocase)
//   daysBetween   julianday(a) - julianday(b)  |  a::date - b::date
//   larger        max(a, b)  (scalar)          |  greatest(a, b)
//   wholeNumber   cast(x as integer)  (64-bit) |  cast(x as bigint)  (PostgreSQL's integer is 32-bit)
//   roundedWhole  cast(round(x) as integer)    |  cast(trunc(x + 0.5 * sign(x)) as bigint)  (halves away from 0)
//   monthOf       substr(x, 1, 7)              |  the same
//   nowText       strftime(… 'now')            |  to_char(clock_timestamp() at time zone 'UTC', …)
//   concatAll     group_concat(x, sep)         |  string_agg(x, sep)
//   containsText  x like '%t%' (ASCII caseless)|  x ilike '%t%'
// The bulk paths in *.sqlite.ts files use SQLite-only statements of their own and say so.
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { onPostgres } from './engine';

/** Compares and sorts `expr` ignoring ASCII case, as the lists' name and title orders do. */
export const caseless = (expr: SQLWrapper): SQL =>
  onPostgres() ? sql`lower(${expr})` : sql`${expr} collate nocase`;

/** Whole days from ISO date `b` to ISO date `a` (negative when `a` is earlier). */
export const daysBetween = (a: SQLWrapper | string, b: SQLWrapper | string): SQL =>
  onPostgres() ? sql`(cast(${a} as date) - cast(${b} as date))` : sql`(julianday(${a}) - julianday(${b}))`;

/** The larger of two values in one row. */
export const larger = (a: SQLWrapper | number, b: SQLWrapper | number): SQL =>
  onPostgres() ? sql`greatest(${a}, ${b})` : sql`max(${a}, ${b})`;

/** `expr` as a 64-bit integer (money in minor units overflows 32 bits). */
export const wholeNumber = (expr: SQLWrapper): SQL =>
  onPostgres() ? sql`cast(${expr} as bigint)` : sql`cast(${expr} as integer)`;

/**
 * A double rounded to a whole number as a 64-bit integer, halves away from zero as SQLite's round()
 * does (PostgreSQL's round() of a double rounds halves to even, and its cast to numeric keeps only
 * 15 digits): the same IEEE additions on both engines, so a converted amount is the same cent.
 */
export const roundedWhole = (expr: SQLWrapper): SQL =>
  onPostgres()
    ? sql`cast(trunc(${expr} + 0.5 * sign(${expr})) as bigint)`
    : sql`cast(round(${expr}) as integer)`;

/** The YYYY-MM month of an ISO date or timestamp. */
export const monthOf = (expr: SQLWrapper): SQL => sql`substr(${expr}, 1, 7)`;

/** The current time as the ISO 8601 UTC text every timestamp column holds (…T…:…:….mmmZ). */
export const nowText = (): SQL =>
  onPostgres()
    ? sql`to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : sql`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** The group's values joined by `separator`. */
export const concatAll = (expr: SQLWrapper, separator: string): SQL =>
  onPostgres() ? sql`string_agg(${expr}, ${separator})` : sql`group_concat(${expr}, ${separator})`;

/** `expr` contains `text`, ignoring ASCII case; `%`, `_` and `\` in `text` match themselves. */
export const containsText = (expr: SQLWrapper, text: string): SQL => {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return onPostgres() ? sql`${expr} ilike ${pattern} escape '\\'` : sql`${expr} like ${pattern} escape '\\'`;
};

/** A boolean column or expression as a condition (SQLite keeps booleans as 0/1). */
export const isTrue = (expr: SQLWrapper): SQL => (onPostgres() ? sql`${expr}` : sql`${expr} = 1`);

/** Appended to a select: holds its rows against other writers until the transaction ends (SQLite's one writer needs nothing). */
export const lockingRows = (mode: 'update' | 'share'): SQL =>
  onPostgres() ? sql.raw(` for ${mode}`) : sql``;

/** The `[before, after]` pair a revision's changes JSON holds under `key`, or null when `key` did not change. */
export const changedPair = (changes: SQLWrapper, key: string): SQL =>
  onPostgres() ? sql`(cast(${changes} as jsonb) -> ${key})` : sql`json_extract(${changes}, ${`$."${key}"`})`;

/** The value before a change, from `changedPair`: SQLite's native value, PostgreSQL's text (cast by the caller). */
export const valueBefore = (pair: SQLWrapper): SQL =>
  onPostgres() ? sql`(${pair} ->> 0)` : sql`json_extract(${pair}, '$[0]')`;

/** A value read by `valueBefore` as a column of `type` (SQLite keeps JSON numbers and booleans native). */
export const jsonValueAs = (expr: SQLWrapper, type: 'integer' | 'bigint' | 'boolean' | 'double'): SQL => {
  if (!onPostgres()) return type === 'double' ? sql`cast(${expr} as real)` : sql`${expr}`;
  return sql`cast(${expr} as ${sql.raw(type === 'double' ? 'double precision' : type)})`;
};
