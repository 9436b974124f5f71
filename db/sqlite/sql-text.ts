// Renders a drizzle SQL object as one self-contained SQLite statement (parameters inlined), so the
// bench can run exactly our query in the sqlite3 CLI. Never used to execute user input.
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import type { SQL } from 'drizzle-orm';

const dialect = new SQLiteSyncDialect();

function literal(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return `'${String(value).replace(/'/g, "''")}'`;
}

export function inlineSql(query: SQL): string {
  const { sql, params } = dialect.sqlToQuery(query);
  let i = 0;
  return sql.replace(/\?/g, () => literal(params[i++]));
}
