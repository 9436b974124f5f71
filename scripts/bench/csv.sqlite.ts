// Figures: CSV export rows/s against `sqlite3 -csv` of the same rows (and the server's memory
// growth while streaming), and CSV import rows/s against sqlite3's `.import` into a plain table.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RunningServer } from '../lib/serve';
import type { Figure } from './report';
import { peakRssGrowthMb } from './rss';
import { download, timeCommand } from './transfer';
import { exportRowsSql } from '../../db/csv-export';

function countPledges(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from pledges').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

export async function exportFigures(o: {
  server: RunningServer;
  dbFile: string;
  runs: number;
  hasSqlite3: boolean;
  dir: string;
}): Promise<Figure[]> {
  const rows = countPledges(o.dbFile);
  const speed: Figure = {
    name: 'CSV export',
    how: 'rows/s of /export/pledges.csv ÷ sqlite3 -csv of the same rows',
    runs: [],
    unit: 'ratio',
    target: { op: '>=', value: 0.5 },
  };
  const memory: Figure = {
    name: 'CSV export memory',
    how: 'peak RSS growth of the server while streaming every row',
    runs: [],
    unit: 'MB',
    target: { op: '<=', value: 64 },
  };
  for (let i = 0; i < o.runs; i++) {
    const { result: ms, growthMb } = await peakRssGrowthMb(o.server.process.pid!, () =>
      download(`${o.server.url}/export/pledges.csv`),
    );
    memory.runs.push(growthMb);
    if (o.hasSqlite3) {
      const refMs = timeCommand('sqlite3', ['-readonly', '-csv', '-header', o.dbFile], `${exportRowsSql()};`);
      speed.runs.push(refMs / ms);
      speed.detail = `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} vs ${Math.round(rows / (refMs / 1000)).toLocaleString('en-US')} rows/s`;
    }
  }
  if (!o.hasSqlite3) speed.skipped = 'sqlite3 is not installed (apt-get install -y sqlite3)';
  await download(`${o.server.url}/export/pledges.csv`, path.join(o.dir, 'export.csv'));
  return [speed, memory];
}

export async function importFigure(o: {
  dbFile: string;
  runs: number;
  hasSqlite3: boolean;
  dir: string;
  noSqlite: string;
}): Promise<Figure> {
  const csv = path.join(o.dir, 'export.csv');
  const rows = countPledges(o.dbFile);
  const figure: Figure = {
    name: 'CSV import',
    how: 'rows/s of npm run import ÷ sqlite3 .import into a plain table',
    runs: [],
    unit: 'ratio',
    target: { op: '>=', value: 0.25 },
  };
  if (!o.hasSqlite3) return { ...figure, skipped: o.noSqlite };
  const root = path.resolve(import.meta.dirname, '..', '..');
  for (let i = 0; i < o.runs; i++) {
    const ours = path.join(o.dir, `import-${i}.db`);
    const ref = path.join(o.dir, `reference-${i}.db`);
    const ourMs = timeCommand(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        '--conditions=react-server',
        path.join(root, 'scripts', 'import.ts'),
        csv,
      ],
      undefined,
      { ...process.env, DATABASE_URL: `file:${ours}` },
    );
    const refMs = timeCommand('sqlite3', [ref], `.import --csv ${csv} plain\n`);
    figure.runs.push(refMs / ourMs);
    figure.detail = `${Math.round(rows / (ourMs / 1000)).toLocaleString('en-US')} vs ${Math.round(rows / (refMs / 1000)).toLocaleString('en-US')} rows/s`;
    fs.rmSync(ours, { force: true });
    fs.rmSync(ref, { force: true });
  }
  return figure;
}
