// `npm run bench [-- --rows N --runs R --seconds S --only WORD --engine sqlite|postgres --json]`:
// generates N synthetic pledges into a temporary database, serves the production build on
// 127.0.0.1, measures each figure against its physical reference in the same run (medians of
// several runs), prints the table, and cleans up. `--engine postgres` measures the same figures on
// a private PostgreSQL cluster against psql (scripts/bench/postgres.ts). `--only cached` measures
// just the rows with the word "cached" in their name ("uncached dashboard" is not one);
// `--only cached,uncached` both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { ensureBuild } from './lib/build';
import { startServer, type RunningServer } from './lib/serve';
import { fail } from './lib/prepare';
import { progressBar } from './lib/progress';
import { median } from './lib/load';
import { printTable, met, type Figure } from './bench/report';
import { timeOurSeries, timeSqliteSeries, timeSqliteStatement } from './bench/series';
import { viewerWaitFigures, WAIT_FIGURES } from './bench/waits';
import { dashboardLatencyMs } from './bench/dashboard';
import { dashboardThroughputFigures } from './bench/cached';
import { exportFigures, importFigures } from './bench/csv.sqlite';
import { firstLoadJsKb } from './bench/bundle';
import { lighthouseFigure } from './bench/lighthouse';
import { postgresFigures, postgresVersion } from './bench/postgres';
import { generateSynthetic } from '../db/fixtures';
import { closeDb } from '../db/sqlite';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  const n = Number(String(args[at + 1]).replace(/[,_]/g, ''));
  if (!Number.isInteger(n) || n < 1) fail(`${name} needs a positive whole number`);
  return n;
};
const rows = option('--rows', 1_000_000);
const runs = option('--runs', 3);
const seconds = option('--seconds', 10);
const json = args.includes('--json');
const engine = args.includes('--engine') ? String(args[args.indexOf('--engine') + 1] ?? '') : 'sqlite';
if (engine !== 'sqlite' && engine !== 'postgres') fail('--engine is sqlite (the default) or postgres');
const only = args.includes('--only')
  ? String(args[args.indexOf('--only') + 1] ?? '')
      .split(',')
      .map((w) => w.trim())
      .filter(Boolean)
  : null;
if (only?.length === 0)
  fail('--only needs words of figures\' names, e.g. --only cached or --only "cached,uncached"');
const wordIn = (word: string, name: string) =>
  new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(name);
/** Whether a row is measured: its name (the table's) holds one of --only's words, as a whole word. */
const wanted = (...names: string[]) => only === null || names.some((n) => only.some((w) => wordIn(w, n)));
const log = (...m: unknown[]) => {
  if (!json) console.error(...m);
};

const hasSqlite3 = spawnSync('sqlite3', ['-version']).status === 0;
const NO_SQLITE = 'sqlite3 is not installed (apt-get install -y sqlite3)';

function makeDatabase(dir: string, count: number): string {
  const file = path.join(dir, `pledges-${count}.db`);
  process.env.DATABASE_URL = `file:${file}`;
  generateSynthetic({
    count,
    seed: 42,
    onProgress: json ? undefined : progressBar(`generating ${count.toLocaleString('en-US')} pledges`),
  });
  closeDb();
  return file;
}

async function main() {
  if (!ensureBuild()) fail('the build failed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledges-bench-'));
  const servers: RunningServer[] = [];
  try {
    const needBig = wanted(
      'series query',
      'dashboard growth',
      'cached dashboard',
      'uncached dashboard',
      'CSV export',
      'CSV import',
      ...WAIT_FIGURES,
    );
    const small = makeDatabase(dir, Math.min(10_000, rows));
    const big = rows > 10_000 && needBig ? makeDatabase(dir, rows) : small;
    const figures: Figure[] = [];

    if (engine === 'postgres')
      figures.push(...(await postgresFigures({ rows, runs, seconds, dir, small, big, wanted, log })));
    else {
      if (wanted('series query')) {
        log('series query …');
        process.env.DATABASE_URL = `file:${big}`;
        const series: Figure = {
          name: 'series query',
          how: 'our series verb ÷ sqlite3 CLI, same SQL and file',
          runs: [],
          unit: 'ratio',
          target: { op: '<=', value: 1.5 },
        };
        if (!hasSqlite3) series.skipped = NO_SQLITE;
        else for (let i = 0; i < runs; i++) series.runs.push((await timeOurSeries()) / timeSqliteSeries(big));
        closeDb();
        figures.push(series);
      }

      const bigServer =
        needBig &&
        wanted(
          'dashboard growth',
          'cached dashboard',
          'uncached dashboard',
          'CSV export',
          'CSV import',
          ...WAIT_FIGURES,
        )
          ? await startServer({ dbFile: big })
          : null;
      if (bigServer) servers.push(bigServer);
      if (bigServer && wanted('dashboard growth')) {
        log('dashboard …');
        const smallServer = big === small ? bigServer : await startServer({ dbFile: small });
        if (smallServer !== bigServer) servers.push(smallServer);
        const growth: Figure = {
          name: 'dashboard growth',
          how: `median latency of / at ${rows.toLocaleString('en-US')} ÷ at 10,000 rows`,
          runs: [],
          unit: 'ratio',
          target: { op: '<=', value: 1.5 },
        };
        for (let i = 0; i < runs; i++)
          growth.runs.push(
            (await dashboardLatencyMs(bigServer.url)) / (await dashboardLatencyMs(smallServer.url)),
          );
        figures.push(growth);
        if (smallServer !== bigServer) {
          await smallServer.stop();
          servers.splice(servers.indexOf(smallServer), 1);
        }
      }

      if (bigServer && wanted('cached dashboard', 'uncached dashboard')) {
        log('cached and uncached dashboard …');
        figures.push(...(await dashboardThroughputFigures(bigServer, runs, seconds, (name) => wanted(name))));
      }

      if (wanted('CSV export', 'CSV import')) log('CSV export and import …');
      // The import reads the file the export wrote: with --only CSV import it is still downloaded.
      if (bigServer && wanted('CSV export', 'CSV import')) {
        const exportRuns = wanted('CSV export') ? runs : 0;
        figures.push(
          ...(
            await exportFigures({ server: bigServer, dbFile: big, runs: exportRuns, hasSqlite3, dir })
          ).filter((f) => wanted(f.name)),
        );
      }
      if (bigServer && wanted(...WAIT_FIGURES)) {
        if (!hasSqlite3)
          figures.push(
            ...WAIT_FIGURES.filter((n) => wanted(n)).map(
              (name): Figure => ({ name, how: 'sqlite3', runs: [], unit: 'ratio', skipped: NO_SQLITE }),
            ),
          );
        else
          figures.push(
            ...(await viewerWaitFigures({
              runs,
              databaseUrl: `file:${big}`,
              server: bigServer,
              start: () => startServer({ dbFile: big }),
              timeScan: (statement) => timeSqliteStatement(big, statement),
              client: 'sqlite3',
              wanted,
              log,
            })),
          );
      }
      await bigServer?.stop();
      if (wanted('CSV import'))
        figures.push(
          ...(await importFigures({ dbFile: big, runs, hasSqlite3, dir, noSqlite: NO_SQLITE })).filter((f) =>
            wanted(f.name),
          ),
        );
    }

    if (wanted('first-load JS')) {
      log('first-load JS …');
      const jsServer = await startServer({ dbFile: small });
      servers.push(jsServer);
      const js = await firstLoadJsKb(jsServer.url);
      const sameOnBoth = engine === 'postgres' ? '; the same on either engine, served from SQLite' : '';
      figures.push({
        name: 'first-load JS',
        how: 'gzip bytes of the scripts / loads before the chart',
        runs: [js.kb],
        unit: 'KB',
        target: { op: '<=', value: 150 },
        detail: `${js.files} files${sameOnBoth}`,
      });
    }
    if (wanted('Lighthouse')) {
      log('Lighthouse …');
      // A new database: the server seeds the source articles' pledges into it, as `npm start` does.
      const seeded = await startServer({ dbFile: path.join(dir, 'seeded.db') });
      servers.push(seeded);
      const figure = await lighthouseFigure(seeded.url, runs);
      if (engine === 'postgres')
        figure.detail += '; served from SQLite (the page is the same on either engine)';
      figures.push(figure);
    }
    if (figures.length === 0) fail(`no figure's name has the word(s) ${only!.join(', ')}`);

    const on = engine === 'postgres' ? ` on ${postgresVersion()} (a private cluster)` : '';
    const context = `Aid Pledge Tracker bench${on} — ${rows.toLocaleString('en-US')} pledges, ${runs} runs, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    if (json)
      console.log(
        JSON.stringify(
          {
            context,
            figures: figures.map((f) => ({
              ...f,
              median: f.runs.length ? median(f.runs) : null,
              met: met(f),
            })),
          },
          null,
          2,
        ),
      );
    else printTable(figures, context);
  } finally {
    for (const s of servers) await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => fail((error as Error).stack ?? String(error)));
