// Figures: CSV export rows/s against `sqlite3 -csv` of the same rows (and the server's memory
// growth while streaming), and CSV import rows/s against sqlite3's `.import` into a plain table and
// against sqlite3 doing the same writes.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { RunningServer } from '../lib/serve';
import type { Figure } from './report';
import { peakRssGrowthMb } from './rss';
import { download, perSecond, timeCommand } from './transfer';
import { sameWritesScript } from './import-reference.sqlite';
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

const tableCounts = (dbFile: string) => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return ['pledges', 'sources', 'pledge_sources', 'revisions'].map(
      (t) => (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n,
    );
  } finally {
    db.close();
  }
};

/**
 * The import against two references: sqlite3's `.import` into a plain table (the older row, kept
 * for the record) and sqlite3 doing the same writes (scripts/bench/import-reference.sqlite.ts).
 * Each run imports the export into a copy of one freshly migrated database.
 */
export async function importFigures(o: {
  dbFile: string;
  runs: number;
  hasSqlite3: boolean;
  dir: string;
  noSqlite: string;
}): Promise<Figure[]> {
  const csv = path.join(o.dir, 'export.csv');
  const rows = countPledges(o.dbFile);
  const plain: Figure = {
    name: 'CSV import',
    how: 'rows/s of npm run import ÷ sqlite3 .import into a plain table',
    runs: [],
    unit: 'ratio',
    target: { op: '>=', value: 0.25 },
  };
  const same: Figure = {
    name: 'CSV import, same writes',
    how: 'rows/s of npm run import ÷ sqlite3 doing the same writes (.import, then INSERT … SELECT)',
    runs: [],
    unit: 'ratio',
    target: { op: '>=', value: 0.5 },
  };
  if (!o.hasSqlite3) return [plain, same].map((f) => ({ ...f, skipped: o.noSqlite }));
  const root = path.resolve(import.meta.dirname, '..', '..');
  const tsx = [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), '--conditions=react-server'];
  const migrated = path.join(o.dir, 'migrated.db');
  timeCommand(process.execPath, [...tsx, path.join(root, 'scripts', 'migrate.ts')], undefined, {
    ...process.env,
    DATABASE_URL: `file:${migrated}`,
  });
  for (let i = 0; i < o.runs; i++) {
    const ours = path.join(o.dir, `import-${i}.db`);
    const plainRef = path.join(o.dir, `reference-${i}.db`);
    const sameRef = path.join(o.dir, `same-writes-${i}.db`);
    fs.copyFileSync(migrated, ours);
    fs.copyFileSync(migrated, sameRef);
    const ourMs = timeCommand(
      process.execPath,
      [...tsx, path.join(root, 'scripts', 'import.ts'), csv],
      undefined,
      {
        ...process.env,
        DATABASE_URL: `file:${ours}`,
      },
    );
    const plainMs = timeCommand('sqlite3', [plainRef], `.import --csv ${csv} plain\n`);
    const sameMs = timeCommand('sqlite3', [sameRef], sameWritesScript(csv));
    plain.runs.push(plainMs / ourMs);
    same.runs.push(sameMs / ourMs);
    plain.detail = `${perSecond(rows, ourMs)} vs ${perSecond(rows, plainMs)} rows/s`;
    const [theirs, mine] = [tableCounts(sameRef), tableCounts(ours)];
    const differs = theirs.some((n, k) => n !== mine[k])
      ? `; rows written ${theirs.join('/')} vs our ${mine.join('/')}`
      : '';
    same.detail = `${perSecond(rows, ourMs)} vs ${perSecond(rows, sameMs)} rows/s${differs}`;
    for (const f of [ours, plainRef, sameRef]) fs.rmSync(f, { force: true });
  }
  return [plain, same];
}
