// The rows for the waits a viewer feels (scripts/bench/views.ts measures them): the same on either
// engine, each set against that engine's own client running the view's scan.
import type { SQL } from 'drizzle-orm';
import type { RunningServer } from '../lib/serve';
import { median } from '../lib/load';
import type { Figure } from './report';
import { FILTERED_VIEWS, makeWrite, seriesScanSql, timedGet, viewScanSql, warmUncachedMs } from './views';

export type WaitBench = {
  runs: number;
  /** The big database, as the servers get it: `file:…` or `postgres://…`. */
  databaseUrl: string;
  /** A server already serving the big database (its views are measured after a write each). */
  server: RunningServer;
  /** Starts a new server on the big database, for the first view after a start. */
  start: () => Promise<RunningServer>;
  /** The engine's own client running one statement on the big database, in milliseconds. */
  timeScan: (statement: SQL) => number;
  /** "sqlite3" or "psql", for the rows' descriptions. */
  client: string;
  wanted: (...names: string[]) => boolean;
  log: (...m: unknown[]) => void;
};

/** The rows' names, for --only. */
export const WAIT_FIGURES = [
  'filtered view',
  'filtered view, slowest',
  'series API',
  'first view after start',
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function filteredViews(o: WaitBench): Promise<Figure[]> {
  const how = `each of ${FILTERED_VIEWS.length} views of / and party pages, first request after a write, ÷ ${o.client} running its one grouped scan`;
  const middle: Figure = {
    name: 'filtered view',
    how,
    runs: [],
    unit: 'ratio',
    target: { op: '<=', value: 1.5 },
  };
  const slowest: Figure = {
    name: 'filtered view, slowest',
    how,
    runs: [],
    unit: 'ratio',
    target: { op: '<=', value: 3 },
  };
  let worst = { ratio: 0, address: '', ours: 0, scan: 0 };
  for (let run = 0; run < o.runs; run++) {
    const ratios: number[] = [];
    for (const view of FILTERED_VIEWS) {
      await makeWrite(o.databaseUrl);
      const ours = await timedGet(`${o.server.url}${view.address}`);
      const scan = o.timeScan(viewScanSql(view));
      ratios.push(ours / scan);
      if (ours / scan > worst.ratio) worst = { ratio: ours / scan, address: view.address, ours, scan };
    }
    middle.runs.push(median(ratios));
    slowest.runs.push(Math.max(...ratios));
  }
  slowest.detail = `${worst.address}: ${seconds(worst.ours)} vs ${seconds(worst.scan)}`;
  return [middle, slowest];
}

async function firstViewAfterStart(o: WaitBench): Promise<Figure> {
  const figure: Figure = {
    name: 'first view after start',
    how: '/ right after the server reports ready ÷ / warm but uncached (after a write)',
    runs: [],
    unit: 'ratio',
    target: { op: '<=', value: 2 },
  };
  let last = { first: 0, warm: 0 };
  for (let run = 0; run < o.runs; run++) {
    const server = await o.start();
    try {
      const first = await timedGet(`${server.url}/`);
      const warm = await warmUncachedMs(server.url, o.databaseUrl, '/');
      figure.runs.push(first / warm);
      last = { first, warm };
    } finally {
      await server.stop();
    }
  }
  figure.detail = `last run ${seconds(last.first)} vs ${seconds(last.warm)}`;
  return figure;
}

async function seriesApi(o: WaitBench): Promise<Figure> {
  const figure: Figure = {
    name: 'series API',
    how: `/api/v1/series after a write ÷ ${o.client} running the series scan`,
    runs: [],
    unit: 'ratio',
    target: { op: '<=', value: 1.5 },
  };
  let last = { ours: 0, scan: 0 };
  for (let run = 0; run < o.runs; run++) {
    await makeWrite(o.databaseUrl);
    const ours = await timedGet(`${o.server.url}/api/v1/series`);
    const scan = o.timeScan(seriesScanSql());
    figure.runs.push(ours / scan);
    last = { ours, scan };
  }
  figure.detail = `last run ${seconds(last.ours)} vs ${seconds(last.scan)}`;
  return figure;
}

/** The rows --only asks for, in the table's order. */
export async function viewerWaitFigures(o: WaitBench): Promise<Figure[]> {
  process.env.DATABASE_URL = o.databaseUrl; // the statements are built for the big database's engine
  const figures: Figure[] = [];
  if (o.wanted('filtered view', 'filtered view, slowest')) {
    o.log('filtered views …');
    figures.push(...(await filteredViews(o)).filter((f) => o.wanted(f.name)));
  }
  if (o.wanted('series API')) {
    o.log('series API …');
    figures.push(await seriesApi(o));
  }
  if (o.wanted('first view after start')) {
    o.log('first view after start …');
    figures.push(await firstViewAfterStart(o));
  }
  return figures;
}
