// `npm run bench -- --engine postgres`: the same figures as on SQLite, measured on a private
// PostgreSQL cluster the bench starts (scripts/lib/postgres-cluster.ts, PostgreSQL's default
// settings) and removes, each beside PostgreSQL's own reference: psql running the same SQL, and
// `\copy` out and in. The data is the synthetic SQLite files, copied into databases migrated with
// db/migrations-pg/ (scripts/bench/copy-to-postgres.sqlite.ts).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { startServer, type RunningServer } from '../lib/serve';
import { hasPostgres, postgresBinDir, psql, startCluster, type Cluster } from '../lib/postgres-cluster';
import type { Figure } from './report';
import { timePsqlSeries, timePsqlStatement } from './series';
import { viewerWaitFigures, WAIT_FIGURES } from './waits';
import { dashboardThroughputFigures } from './cached';
import { BIG_FIGURES, growthFigure, seriesFigure, type EngineBench } from './engine-figures';
import { exportFiguresPostgres, importFigurePostgres } from './csv.postgres';
import { copySqliteToPostgres } from './copy-to-postgres.sqlite';
import { closeDatabase, openDatabaseNow } from '../../db/connection';

export const NO_POSTGRES = 'PostgreSQL is not installed (apt-get install -y postgresql)';

/** "PostgreSQL 15.8", for the table's heading. */
export function postgresVersion(): string {
  const version = /\d+(\.\d+)*/.exec(
    execFileSync(path.join(postgresBinDir(), 'postgres'), ['--version'], { encoding: 'utf8' }),
  );
  return `PostgreSQL ${version?.[0] ?? ''}`.trim();
}

async function load(cluster: Cluster, file: string, database: string, o: EngineBench): Promise<string> {
  const started = performance.now();
  const { url, rows } = await copySqliteToPostgres(file, cluster.adminUrl, database);
  o.log(
    `  copied ${rows.toLocaleString('en-US')} rows into ${database} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return url;
}

/** Every figure but first-load JS (the engine does not reach the browser's scripts), in the SQLite table's order. */
export async function postgresFigures(o: EngineBench): Promise<Figure[]> {
  if (!o.wanted(...BIG_FIGURES)) return [];
  if (!hasPostgres()) {
    return BIG_FIGURES.filter((n) => o.wanted(n)).map((name) => ({
      name,
      how: 'PostgreSQL',
      runs: [],
      unit: 'ratio',
      skipped: NO_POSTGRES,
    }));
  }
  o.log('starting a PostgreSQL cluster …');
  const cluster = await startCluster();
  const servers: RunningServer[] = [];
  const figures: Figure[] = [];
  try {
    o.log('copying the synthetic data into PostgreSQL …');
    const big = await load(cluster, o.big, 'bench_big', o);
    const small = o.big === o.small ? big : await load(cluster, o.small, 'bench_small', o);

    if (o.wanted('series query')) {
      o.log('series query …');
      process.env.DATABASE_URL = big;
      await openDatabaseNow(); // the pool opened and the migrations checked before the first run is timed
      const how = 'our series verb ÷ psql, same SQL and database';
      const series = await seriesFigure(how, o.runs, () => timePsqlSeries(big));
      await closeDatabase();
      figures.push(series);
    }

    const bigServer = o.wanted(
      'dashboard growth',
      'cached dashboard',
      'uncached dashboard',
      'CSV export',
      ...WAIT_FIGURES,
    )
      ? await startServer({ databaseUrl: big })
      : null;
    if (bigServer) servers.push(bigServer);
    if (bigServer && o.wanted('dashboard growth')) {
      o.log('dashboard …');
      const smallServer = small === big ? bigServer : await startServer({ databaseUrl: small });
      if (smallServer !== bigServer) servers.push(smallServer);
      const how = `median latency of / at ${o.rows.toLocaleString('en-US')} ÷ at 10,000 rows, both on PostgreSQL`;
      const growth = await growthFigure(how, o.runs, bigServer.url, smallServer.url);
      figures.push(growth);
    }
    if (bigServer && o.wanted('cached dashboard', 'uncached dashboard')) {
      o.log('cached and uncached dashboard …');
      figures.push(
        ...(await dashboardThroughputFigures(bigServer, o.runs, o.seconds, (name) => o.wanted(name))),
      );
    }

    if (o.wanted('CSV export', 'CSV import')) o.log('CSV export and import …');
    // The import reads the file the export wrote: without --only CSV export it is still downloaded.
    const exportServer =
      bigServer ?? (o.wanted('CSV import') ? await startServer({ databaseUrl: big }) : null);
    if (exportServer && exportServer !== bigServer) servers.push(exportServer);
    if (exportServer) {
      const csv = await exportFiguresPostgres({
        server: exportServer,
        runs: o.wanted('CSV export') ? o.runs : 0,
        dir: o.dir,
      });
      figures.push(...csv.filter((f) => o.wanted(f.name)));
    }
    if (bigServer && o.wanted(...WAIT_FIGURES))
      figures.push(
        ...(await viewerWaitFigures({
          runs: o.runs,
          databaseUrl: big,
          server: bigServer,
          start: () => startServer({ databaseUrl: big }),
          timeScan: (statement) => timePsqlStatement(big, statement),
          client: 'psql',
          wanted: o.wanted,
          log: o.log,
        })),
      );
    for (const s of servers.splice(0)) await s.stop();
    if (o.wanted('CSV import')) {
      const rows = Number(psql(big, 'select count(*) from pledges'));
      figures.push(
        await importFigurePostgres({
          adminUrl: cluster.adminUrl,
          urlFor: cluster.urlFor,
          rows,
          runs: o.runs,
          dir: o.dir,
        }),
      );
    }
  } finally {
    for (const s of servers) await s.stop();
    await cluster.stop();
  }
  return figures;
}
