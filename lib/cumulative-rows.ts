// Rows for the cumulative-support chart: running totals per stage and per category, one row per
// period with a change, plus carried-forward rows at the dates of reported-total markers and at
// the end of the range, so a step drawn through them is exact.
import { ZERO_TOTALS, type Measure, type Totals } from './counting';
import { CATEGORIES, type Category } from './domain';

export type Figures = Record<Measure, number>;
export type Mover = { id: number; title: string; value: number | null };
export type ChartRow = Figures & {
  date: string;
  /** Milliseconds since 1970 at UTC midnight: the chart's time axis. */
  t: number;
  byCategory: Record<Category, Figures>;
  /** The largest pledges that moved the totals on this row's date, and how many did in all. */
  movers: Mover[];
  moverCount: number;
};
export type ReportedMarker = {
  id: number;
  title: string;
  donor: string;
  recipient: string;
  date: string;
  t: number;
  value: number;
  isLowerBound: boolean;
  /** What the itemised pledges of the same donor → recipient add up to by that date. */
  itemised: { committed: number; announced: number };
};
export type SeriesInput = { period: string; totals: Totals; byCategory: Partial<Record<Category, Totals>> };
export type MoversByPeriod = Map<string, { movers: Mover[]; count: number }>;

const figuresOf = (t: Totals): Figures => ({
  committed: t.committed,
  allocated: t.allocated,
  disbursed: t.disbursed,
  announced: t.announced,
});
const plus = (a: Figures, b: Figures): Figures => ({
  committed: a.committed + b.committed,
  allocated: a.allocated + b.allocated,
  disbursed: a.disbursed + b.disbursed,
  announced: a.announced + b.announced,
});
const ZERO = figuresOf(ZERO_TOTALS);

/** A period ("2024-01" or "2024-01-07") as the ISO date it starts on. */
export function periodStart(period: string): string {
  return period.length === 7 ? `${period}-01` : period;
}

export const dayMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/**
 * @param points per-period (not cumulative) totals, sorted by period
 * @param extraDates dates to place carried-forward rows at (markers, the end of the range)
 */
export function buildCumulativeRows(
  points: SeriesInput[],
  movers: MoversByPeriod,
  extraDates: string[],
): ChartRow[] {
  let running = ZERO;
  const runningByCategory = Object.fromEntries(CATEGORIES.map((c) => [c, ZERO])) as Record<Category, Figures>;
  const rows: ChartRow[] = points.map((p) => {
    running = plus(running, figuresOf(p.totals));
    for (const c of CATEGORIES) {
      const add = p.byCategory[c];
      if (add) runningByCategory[c] = plus(runningByCategory[c], figuresOf(add));
    }
    const date = periodStart(p.period);
    const moved = movers.get(p.period);
    return {
      ...running,
      date,
      t: dayMs(date),
      byCategory: { ...runningByCategory },
      movers: moved?.movers ?? [],
      moverCount: moved?.count ?? 0,
    };
  });
  const known = new Set(rows.map((r) => r.date));
  for (const date of [...new Set(extraDates)].sort()) {
    if (known.has(date)) continue;
    // The row in force at `date` is the last one on or before it; before the first, nothing yet.
    const before = rows.filter((r) => r.date < date).at(-1);
    const figures = before ? figuresOf({ ...ZERO_TOTALS, ...before }) : ZERO;
    const byCategory =
      before?.byCategory ??
      (Object.fromEntries(CATEGORIES.map((c) => [c, ZERO])) as Record<Category, Figures>);
    rows.push({ ...figures, date, t: dayMs(date), byCategory, movers: [], moverCount: 0 });
    rows.sort((a, b) => a.date.localeCompare(b.date));
  }
  return rows;
}

/** A claim more than this many times the itemised top is drawn clipped at the top edge. */
const CLIP_RATIO = 1.5;

/**
 * The value axis fits the itemised series: claims within CLIP_RATIO of its top widen it, those far
 * above are clipped (drawn at the top edge with their label) instead of flattening the steps.
 */
export function fitMarkers(itemisedTop: number, values: number[]): { top: number; clipped: boolean[] } {
  const clipped = values.map((v) => itemisedTop > 0 && v > itemisedTop * CLIP_RATIO);
  const top = Math.max(itemisedTop, ...values.filter((_, i) => !clipped[i]));
  return { top, clipped };
}

/** Markers closer than this share of the time axis have their labels on separate lines. */
const NEAR = 0.5;
const LANES = 3;

/** A label lane for each marker (times ascending): the next lane down while markers crowd together. */
export function markerLanes(times: number[], span: number): number[] {
  const lanes: number[] = [];
  times.forEach((t, i) => {
    lanes.push(i > 0 && t - times[i - 1] < span * NEAR ? (lanes[i - 1] + 1) % LANES : 0);
  });
  return lanes;
}

/** Room above the highest step, so the top edge (where far claims are clipped) stays clear of the lines. */
const HEADROOM = 1.15;

/** The value axis' top: the fitted top with headroom, rounded up to two significant digits ($1.2B). */
export function axisTop(fittedTop: number): number {
  if (fittedTop <= 0) return 0;
  const raw = fittedTop * HEADROOM;
  const step = 10 ** (Math.floor(Math.log10(raw)) - 1);
  return Math.ceil(raw / step) * step;
}
