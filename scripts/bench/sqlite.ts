// `npm run bench` on SQLite (the default): each figure on the synthetic files beside SQLite's own
// reference, the sqlite3 CLI on the same SQL and file (a row that needs it is skipped without it).
// The PostgreSQL twin is scripts/bench/postgres.ts.
import { spawnSync } from 'node:child_process';
import { startServer, type RunningServer } from '../lib/serve';
import type { Figure } from './report';
import { timeSqliteSeries, timeSqliteStatement } from './series';
import { viewerWaitFigures, WAIT_FIGURES } from './waits';
import { dashboardThroughputFigures } from './cached';
import { exportFigures, importFigures } from './csv.sqlite';
import { BIG_FIGURES, growthFigure, seriesFigure, type EngineBench } from './engine-figures';
import { closeDb } from '../../db/sqlite';

const NO_SQLITE = 'sqlite3 is not installed (apt-get install -y sqlite3)';

/** Every figure but first-load JS and Lighthouse (scripts/bench.ts measures those), in the table's order. */
export async function sqliteFigures(o: EngineBench): Promise<Figure[]> {
  const { big, small, runs, wanted, log } = o;
  const hasSqlite3 = spawnSync('sqlite3', ['-version']).status === 0;
  const figures: Figure[] = [];
  const servers: RunningServer[] = [];
  try {
    if (wanted('series query')) {
      log('series query …');
      process.env.DATABASE_URL = `file:${big}`;
      const how = 'our series verb ÷ sqlite3 CLI, same SQL and file';
      const series = await seriesFigure(how, hasSqlite3 ? runs : 0, () => timeSqliteSeries(big));
      if (!hasSqlite3) series.skipped = NO_SQLITE;
      closeDb();
      figures.push(series);
    }

    // Every figure of the big database but the series query is measured through a server.
    const bigServer = wanted(...BIG_FIGURES.filter((name) => name !== 'series query'))
      ? await startServer({ dbFile: big })
      : null;
    if (bigServer) servers.push(bigServer);
    if (bigServer && wanted('dashboard growth')) {
      log('dashboard …');
      const smallServer = big === small ? bigServer : await startServer({ dbFile: small });
      if (smallServer !== bigServer) servers.push(smallServer);
      const how = `median latency of / at ${o.rows.toLocaleString('en-US')} ÷ at 10,000 rows`;
      figures.push(await growthFigure(how, runs, bigServer.url, smallServer.url));
      if (smallServer !== bigServer) {
        await smallServer.stop();
        servers.splice(servers.indexOf(smallServer), 1);
      }
    }

    if (bigServer && wanted('cached dashboard', 'uncached dashboard')) {
      log('cached and uncached dashboard …');
      figures.push(...(await dashboardThroughputFigures(bigServer, runs, o.seconds, (name) => wanted(name))));
    }

    if (wanted('CSV export', 'CSV import')) log('CSV export and import …');
    // The import reads the file the export wrote: with --only CSV import it is still downloaded.
    if (bigServer && wanted('CSV export', 'CSV import')) {
      const exportRuns = wanted('CSV export') ? runs : 0;
      figures.push(
        ...(
          await exportFigures({ server: bigServer, dbFile: big, runs: exportRuns, hasSqlite3, dir: o.dir })
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
    for (const s of servers.splice(0)) await s.stop();
    if (wanted('CSV import'))
      figures.push(
        ...(await importFigures({ dbFile: big, runs, hasSqlite3, dir: o.dir, noSqlite: NO_SQLITE })).filter(
          (f) => wanted(f.name),
        ),
      );
  } finally {
    for (const s of servers) await s.stop();
  }
  return figures;
}
