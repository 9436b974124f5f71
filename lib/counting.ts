// The counting rules (docs/design.md), in one place so no page, export or API counts differently.
// SQL groups pledges into buckets by the facts the rules look at (db/totals/buckets.ts); these functions
// decide which bucket adds to which total.
import type { Stage, PledgeKind } from './domain';

/** One SQL group: pledges sharing stage, draw-down-ness, kind, retraction and quantification. */
export type Bucket = {
  stage: Stage;
  isDrawdown: boolean;
  kind: PledgeKind;
  retracted: boolean;
  quantified: boolean;
  count: number;
  /** Sum in the reporting currency's minor units of the bucket's convertible amounts. */
  value: number;
  /** Quantified pledges with no rate into the reporting currency (not in `value`). */
  unconverted: number;
};

export type Totals = {
  committed: number;
  allocated: number;
  disbursed: number;
  /** Top-level items announced but not yet committed: shown apart, never in the totals above. */
  announced: number;
  /**
   * Top-level items the donor cancelled (withdrew): out of the three totals above, shown on their
   * own. Draw-downs never add to it, as to committed: their commitment carries the amount.
   */
  cancelled: number;
  /** Itemised pledges counted (quantified and not), not retracted, not reported totals. */
  itemCount: number;
  /** In-kind pledges without an amount: counted, never summed. */
  unquantifiedCount: number;
  reportedTotalCount: number;
  /** Itemised pledges cancelled by the donor (quantified or not, draw-downs included). */
  cancelledCount: number;
  retractedCount: number;
  unconvertedCount: number;
};

export const ZERO_TOTALS: Totals = {
  committed: 0,
  allocated: 0,
  disbursed: 0,
  announced: 0,
  cancelled: 0,
  itemCount: 0,
  unquantifiedCount: 0,
  reportedTotalCount: 0,
  cancelledCount: 0,
  retractedCount: 0,
  unconvertedCount: 0,
};

const AT_LEAST_COMMITTED: ReadonlySet<Stage> = new Set(['committed', 'allocated', 'disbursed']);
const AT_LEAST_ALLOCATED: ReadonlySet<Stage> = new Set(['allocated', 'disbursed']);

/** Adds one bucket to running totals (mutates and returns `into`). */
export function addBucket(into: Totals, b: Bucket): Totals {
  // Retracted pledges are excluded everywhere but history.
  if (b.retracted) {
    into.retractedCount += b.count;
    return into;
  }
  // A reported total ("more than $7 billion") is a claim to compare with, never an addend.
  if (b.kind === 'reported_total') {
    into.reportedTotalCount += b.count;
    return into;
  }
  into.itemCount += b.count;
  // Cancelled (a real event, unlike a retraction, which says our record was wrong): out of every
  // stage total, in a figure of its own.
  if (b.stage === 'cancelled') {
    into.cancelledCount += b.count;
    if (b.quantified && !b.isDrawdown) into.cancelled += b.value;
    if (b.quantified) into.unconvertedCount += b.unconverted;
    return into;
  }
  if (!b.quantified) {
    into.unquantifiedCount += b.count;
    return into;
  }
  into.unconvertedCount += b.unconverted;
  // Draw-downs never add to committed or announced: their parent commitment already counted.
  if (!b.isDrawdown && AT_LEAST_COMMITTED.has(b.stage)) into.committed += b.value;
  if (!b.isDrawdown && b.stage === 'announced') into.announced += b.value;
  if (AT_LEAST_ALLOCATED.has(b.stage)) into.allocated += b.value;
  if (b.stage === 'disbursed') into.disbursed += b.value;
  return into;
}

export function tally(buckets: Iterable<Bucket>): Totals {
  const totals = { ...ZERO_TOTALS };
  for (const b of buckets) addBucket(totals, b);
  return totals;
}

/** Sums two tallies field by field (for running totals over time). */
export function addTotals(a: Totals, b: Totals): Totals {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof Totals)[]) out[key] += b[key];
  return out;
}

export const MEASURES = ['committed', 'allocated', 'disbursed', 'announced'] as const;
export type Measure = (typeof MEASURES)[number];

/** The lines of the cumulative chart a series counts apart: the four measures and the cancelled figure. */
export const LINES = [...MEASURES, 'cancelled'] as const;
export type Line = (typeof LINES)[number];

export { reachedShare, type KnownDates } from './counting-reached';

/** The lines a bucket adds to by the rules, whatever its value (a pledge with no rate into the currency still belongs on them). */
export function linesOf(b: Bucket): Line[] {
  const probe = addBucket({ ...ZERO_TOTALS }, { ...b, value: 1 });
  return LINES.filter((line) => probe[line] !== 0);
}

/** "Disbursed X of committed Y (Z %)": the headline's delivery progress; `percent` to one decimal, null with nothing committed. */
export function deliveryProgress(t: Totals): {
  disbursed: number;
  committed: number;
  percent: number | null;
} {
  return {
    disbursed: t.disbursed,
    committed: t.committed,
    percent: t.committed > 0 ? Math.round((t.disbursed * 1000) / t.committed) / 10 : null,
  };
}
