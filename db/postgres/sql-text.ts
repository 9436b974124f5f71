// Renders a drizzle SQL object as one self-contained PostgreSQL statement (parameters inlined as
// literals), so the bench can run exactly our query in psql — the PostgreSQL twin of
// db/sqlite/sql-text.ts. Never used to execute user input: the bench's queries carry only the
// code's own constants.
import { PgDialect } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';

const dialect = new PgDialect();

/** One value as a PostgreSQL literal (standard_conforming_strings: a backslash is itself). */
export function postgresLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'bigint') return value < 0n ? `(${value})` : String(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot inline ${value} as SQL`);
    // In parentheses, so `a-$1` never becomes the comment `a--1`.
    return value < 0 || Object.is(value, -0) ? `(${value})` : String(value);
  }
  const text =
    value instanceof Date ? value.toISOString() : typeof value === 'string' ? value : JSON.stringify(value);
  if (text.includes('\0')) throw new Error('PostgreSQL text cannot hold a NUL character');
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The statement with each `$n` placeholder replaced by its literal. Placeholders are found outside
 * quoted strings and identifiers only (drizzle quotes names with ""; our SQL's own literals use '').
 */
export function inlinePostgresSql(query: SQL): string {
  const { sql, params } = dialect.sqlToQuery(query);
  let out = '';
  let at = 0;
  while (at < sql.length) {
    const c = sql[at];
    if (c === "'" || c === '"') {
      let end = at + 1;
      for (;;) {
        end = sql.indexOf(c, end);
        if (end === -1) throw new Error('unterminated quote in the rendered SQL');
        if (sql[end + 1] === c) end += 2;
        else break;
      }
      out += sql.slice(at, end + 1);
      at = end + 1;
      continue;
    }
    const placeholder = c === '$' ? /^\$(\d+)/.exec(sql.slice(at, at + 12)) : null;
    if (placeholder) {
      const n = Number(placeholder[1]);
      if (n < 1 || n > params.length) throw new Error(`placeholder $${n} has no parameter`);
      out += postgresLiteral(params[n - 1]);
      at += placeholder[0].length;
      continue;
    }
    out += c;
    at++;
  }
  return out;
}
