// What the bench measures the same way on either engine (scripts/bench/sqlite.ts, postgres.ts): the
// run's options, which figures need the --rows database, the series query and the dashboard's growth.
import type { Figure } from './report';
import { timeOurSeries } from './series';
import { WAIT_FIGURES } from './waits';
import { dashboardLatencyMs } from './dashboard';

export type EngineBench = {
  rows: number;
  runs: number;
  seconds: number;
  dir: string;
  /** The synthetic SQLite files: 10,000 rows (or --rows when fewer) and --rows. */
  small: string;
  big: string;
  wanted: (...names: string[]) => boolean;
  log: (...m: unknown[]) => void;
};

/** The figures measured on the --rows database, in the table's order. */
export const BIG_FIGURES = [
  'series query',
  'dashboard growth',
  'cached dashboard',
  'uncached dashboard',
  'CSV export',
  'CSV import',
  ...WAIT_FIGURES,
];

/** A figure whose runs are `ratio()`'s results, `runs` times, each at most 1.5. */
async function ratioFigure(name: string, how: string, runs: number, ratio: () => Promise<number>) {
  const figure: Figure = { name, how, runs: [], unit: 'ratio', target: { op: '<=', value: 1.5 } };
  for (let i = 0; i < runs; i++) figure.runs.push(await ratio());
  return figure;
}

/** Our series verb's time ÷ `reference`'s (the engine's own client on the same SQL), `runs` times. */
export const seriesFigure = (how: string, runs: number, reference: () => number) =>
  ratioFigure('series query', how, runs, async () => (await timeOurSeries()) / reference());

/** The median latency of / on the big database's server ÷ on the small one's, `runs` times. */
export const growthFigure = (how: string, runs: number, bigUrl: string, smallUrl: string) =>
  ratioFigure(
    'dashboard growth',
    how,
    runs,
    async () => (await dashboardLatencyMs(bigUrl)) / (await dashboardLatencyMs(smallUrl)),
  );
