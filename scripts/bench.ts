// `npm run bench [-- --rows N --runs R --seconds S --only WORD --engine sqlite|postgres --json]`:
// generates N synthetic pledges into a temporary database, serves the production build on
// 127.0.0.1, measures each figure against its physical reference in the same run (medians of
// several runs; on SQLite against the sqlite3 CLI, scripts/bench/sqlite.ts), prints the table, and
// cleans up. `--engine postgres` measures the same figures on a private PostgreSQL cluster against
// psql (scripts/bench/postgres.ts). `--only cached` measures
// just the rows with the word "cached" in their name ("uncached dashboard" is not one);
// `--only cached,uncached` both.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuild } from './lib/build';
import { startServer, type RunningServer } from './lib/serve';
import { fail } from './lib/prepare';
import { progressBar } from './lib/progress';
import { median } from './lib/load';
import { printTable, met, type Figure } from './bench/report';
import { BIG_FIGURES } from './bench/engine-figures';
import { readBenchArgs, wantedBy } from './bench/options';
import { sqliteFigures } from './bench/sqlite';
import { firstLoadJsKb } from './bench/bundle';
import { lighthouseFigure } from './bench/lighthouse';
import { postgresFigures, postgresVersion } from './bench/postgres';
import { generateSynthetic } from '../db/fixtures';
import { closeDb } from '../db/sqlite';

const { rows, runs, seconds, json, engine, only } = readBenchArgs(process.argv.slice(2));
const wanted = wantedBy(only);
const log = (...m: unknown[]) => {
  if (!json) console.error(...m);
};

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
    const needBig = wanted(...BIG_FIGURES);
    const small = makeDatabase(dir, Math.min(10_000, rows));
    const big = rows > 10_000 && needBig ? makeDatabase(dir, rows) : small;
    const bench = { rows, runs, seconds, dir, small, big, wanted, log };
    const figures: Figure[] = await (engine === 'postgres' ? postgresFigures(bench) : sqliteFigures(bench));

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
