// Figure: our cumulative-series verb (uncached: SQL plus the counting rules) against the engine's
// own client running the same SQL on the same data: the sqlite3 CLI on the file, or psql on the
// PostgreSQL database (the statement rendered by db/postgres/sql-text.ts).
import { spawnSync } from 'node:child_process';
import type { SQL } from 'drizzle-orm';
import { computeSeries, seriesSql } from '../../db/totals';
import { inlineSql } from '../../db/sqlite';
import { inlinePostgresSql } from '../../db/postgres';
import { EMPTY_FILTERS } from '../../lib/filters';
import { psqlArgs } from '../lib/postgres-cluster';

export async function timeOurSeries(): Promise<number> {
  const started = performance.now();
  await computeSeries(EMPTY_FILTERS);
  return performance.now() - started;
}

function timeClient(cmd: string, args: string[], statement: string): number {
  const started = performance.now();
  const r = spawnSync(cmd, args, { input: statement, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  return ms;
}

/** The sqlite3 CLI running one of our statements (parameters inlined) on the file, read-only. */
export function timeSqliteStatement(dbFile: string, statement: SQL): number {
  return timeClient('sqlite3', ['-readonly', dbFile], `${inlineSql(statement)};`);
}

export function timeSqliteSeries(dbFile: string): number {
  return timeSqliteStatement(dbFile, seriesSql(EMPTY_FILTERS));
}

/** psql running the series' statement, rows printed unaligned (as sqlite3 prints its list). Call with DATABASE_URL on PostgreSQL. */
export function timePsqlSeries(url: string): number {
  return timePsqlStatement(url, seriesSql(EMPTY_FILTERS));
}

/** psql running one of our statements (parameters inlined), rows printed unaligned. */
export function timePsqlStatement(url: string, statement: SQL): number {
  const { cmd, args } = psqlArgs(url);
  return timeClient(cmd, [...args, '-A', '-t', '-f', '-'], `${inlinePostgresSql(statement)};`);
}
