// Figure: our cumulative-series verb (uncached: SQL plus the counting rules) against the sqlite3
// CLI running the same SQL on the same file.
import { spawnSync } from 'node:child_process';
import { computeSeries, seriesSql } from '../../db/totals';
import { inlineSql } from '../../db/sqlite';
import { EMPTY_FILTERS } from '../../lib/filters';

export async function timeOurSeries(): Promise<number> {
  const started = performance.now();
  await computeSeries(EMPTY_FILTERS);
  return performance.now() - started;
}

export function timeSqliteSeries(dbFile: string): number {
  const statement = `${inlineSql(seriesSql(EMPTY_FILTERS))};`;
  const started = performance.now();
  const r = spawnSync('sqlite3', ['-readonly', dbFile], { input: statement, maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`sqlite3 failed: ${r.stderr}`);
  return ms;
}
