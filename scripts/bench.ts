// `npm run bench [-- --rows N --runs R --json]`: generates N synthetic pledges into a temporary
// database, serves the production build on 127.0.0.1, measures each figure against its physical
// reference in the same run (medians of several runs), prints the table, and cleans up.
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
import { timeOurSeries, timeSqliteSeries } from './bench/series';
import { dashboardLatencyMs, cachedThroughput } from './bench/dashboard';
import { exportFigures, importFigure } from './bench/csv';
import { firstLoadJsKb } from './bench/bundle';
import { generateSynthetic } from '../db/synthetic';
import { closeDb } from '../db/client';

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
const log = (...m: unknown[]) => { if (!json) console.error(...m); };

const hasSqlite3 = spawnSync('sqlite3', ['-version']).status === 0;
const NO_SQLITE = 'sqlite3 is not installed (apt-get install -y sqlite3)';

function makeDatabase(dir: string, count: number): string {
  const file = path.join(dir, `pledges-${count}.db`);
  process.env.DATABASE_URL = `file:${file}`;
  generateSynthetic({ count, seed: 42, onProgress: json ? undefined : progressBar(`generating ${count.toLocaleString('en-US')} pledges`) });
  closeDb();
  return file;
}

async function main() {
  if (!ensureBuild()) fail('the build failed');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pledges-bench-'));
  const servers: RunningServer[] = [];
  try {
    const small = makeDatabase(dir, Math.min(10_000, rows));
    const big = rows > 10_000 ? makeDatabase(dir, rows) : small;
    const figures: Figure[] = [];

    log('series query …');
    process.env.DATABASE_URL = `file:${big}`;
    const series: Figure = { name: 'series query', how: 'our series verb ÷ sqlite3 CLI, same SQL and file', runs: [], unit: 'ratio', target: { op: '<=', value: 1.5 } };
    if (!hasSqlite3) series.skipped = NO_SQLITE;
    else for (let i = 0; i < runs; i++) series.runs.push(timeOurSeries() / timeSqliteSeries(big));
    closeDb();
    figures.push(series);

    log('dashboard …');
    const smallServer = await startServer({ dbFile: small });
    servers.push(smallServer);
    const bigServer = rows > 10_000 ? await startServer({ dbFile: big }) : smallServer;
    if (bigServer !== smallServer) servers.push(bigServer);
    const growth: Figure = { name: 'dashboard growth', how: `median latency of / at ${rows.toLocaleString('en-US')} ÷ at 10,000 rows`, runs: [], unit: 'ratio', target: { op: '<=', value: 1.5 } };
    for (let i = 0; i < runs; i++) growth.runs.push((await dashboardLatencyMs(bigServer.url)) / (await dashboardLatencyMs(smallServer.url)));
    figures.push(growth);
    if (smallServer !== bigServer) { await smallServer.stop(); servers.splice(servers.indexOf(smallServer), 1); }

    const cached: Figure = { name: 'cached dashboard', how: `requests/s of / (rendered each time; data cached per version) ÷ a static file, 32 connections, ${seconds} s`, runs: [], unit: 'ratio', target: { op: '>=', value: 0.5 } };
    for (let i = 0; i < runs; i++) {
      const r = await cachedThroughput(bigServer.url, 32, seconds);
      cached.runs.push(r.ratio);
      cached.detail = `${Math.round(r.page.perSecond)} vs ${Math.round(r.file.perSecond)} req/s; revalidated (304) ${Math.round(r.revalidated.perSecond)} req/s `
        + `= ${r.revalidatedRatio.toFixed(2)}×; ${r.page.errors + r.revalidated.errors + r.file.errors} errors`;
    }
    figures.push(cached);

    log('CSV export and import …');
    figures.push(...await exportFigures({ server: bigServer, dbFile: big, runs, hasSqlite3, dir }));
    await bigServer.stop();
    figures.push(await importFigure({ dbFile: big, runs, hasSqlite3, dir, noSqlite: NO_SQLITE }));

    log('first-load JS …');
    const jsServer = await startServer({ dbFile: small });
    servers.push(jsServer);
    const js = await firstLoadJsKb(jsServer.url);
    figures.push({ name: 'first-load JS', how: 'gzip bytes of the scripts / loads', runs: [js.kb], unit: 'KB', target: { op: '<=', value: 250 }, detail: `${js.files} files` });

    const context = `Aid Pledge Tracker bench — ${rows.toLocaleString('en-US')} pledges, ${runs} runs, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
    if (json) console.log(JSON.stringify({ context, figures: figures.map((f) => ({ ...f, median: f.runs.length ? median(f.runs) : null, met: met(f) })) }, null, 2));
    else printTable(figures, context);
  } finally {
    for (const s of servers) await s.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => fail((error as Error).stack ?? String(error)));
