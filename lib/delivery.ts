// Delivery progress beside the counting rules of lib/counting.ts: how much of what was committed
// has been disbursed, what the donor cancelled, and how long announcement to disbursement took.
// The money figures are lib/counting.ts's totals (a cancelled pledge is already out of committed
// and disbursed there); this file adds the median time, which needs the pledges' own dates.
import { deliveryProgress, type Totals } from './counting';
import type { DatePrecision } from './domain';

/** Pledges that share an announcement date and a disbursement date, each with its precision. */
export type DatedPair = {
  announcedOn: string | null;
  announcedPrecision: DatePrecision;
  disbursedOn: string | null;
  disbursedPrecision: DatePrecision;
  count: number;
};

export type MedianDelay = {
  /** Median whole days from announcement to disbursement over the day-precise pairs; null with none. */
  days: number | null;
  /** Pledges whose two dates are both known to the day: the ones the median is over. */
  pledges: number;
  /** Pledges with both dates where one is known only to the month or year: left out of the median. */
  coarse: number;
};

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;

/**
 * The median time from announcement to disbursement. Only pairs dated to the day on both ends
 * enter it: a date known to the month could be off by a month, to the year by most of a year,
 * which would swamp the delays it measures. Such pairs are counted in `coarse` and said apart.
 * With an even number of pledges the median is the mean of the two middle ones, rounded half up.
 */
export function medianDelay(pairs: Iterable<DatedPair>): MedianDelay {
  const spans: { days: number; count: number }[] = [];
  let pledges = 0;
  let coarse = 0;
  for (const p of pairs) {
    if (!p.announcedOn || !p.disbursedOn || p.count <= 0) continue;
    if (p.announcedPrecision === 'unknown' || p.disbursedPrecision === 'unknown') continue;
    if (p.announcedPrecision !== 'day' || p.disbursedPrecision !== 'day') {
      coarse += p.count;
      continue;
    }
    spans.push({ days: dayNumber(p.disbursedOn) - dayNumber(p.announcedOn), count: p.count });
    pledges += p.count;
  }
  if (pledges === 0) return { days: null, pledges, coarse };
  spans.sort((a, b) => a.days - b.days);
  /** The span of the k-th pledge (0-based) in order of delay. */
  const at = (k: number) => {
    let seen = 0;
    for (const s of spans) {
      seen += s.count;
      if (k < seen) return s.days;
    }
    return spans[spans.length - 1].days;
  };
  const mid = Math.floor((pledges - 1) / 2);
  const days = pledges % 2 === 1 ? at(mid) : Math.round((at(mid) + at(mid + 1)) / 2);
  return { days, pledges, coarse };
}

export const NO_DELAY: MedianDelay = { days: null, pledges: 0, coarse: 0 };

/** The delivery figures of one group (a donor, or a donor's category), all from its totals and pairs. */
export type Delivery = ReturnType<typeof deliveryProgress> & {
  cancelled: number;
  cancelledCount: number;
  median: MedianDelay;
};

export function deliveryOf(totals: Totals, median: MedianDelay = NO_DELAY): Delivery {
  return {
    ...deliveryProgress(totals),
    cancelled: totals.cancelled,
    cancelledCount: totals.cancelledCount,
    median,
  };
}

/** "median 214 days, over 12 pledges with both dates" — or why there is no median. */
export function describeMedian(m: MedianDelay): string {
  const pledgesWord = (n: number) => `${n.toLocaleString('en-US')} pledge${n === 1 ? '' : 's'}`;
  const coarse =
    m.coarse > 0
      ? `; ${pledgesWord(m.coarse)} dated only to the month or year ${m.coarse === 1 ? 'is' : 'are'} left out`
      : '';
  if (m.days === null)
    return `no median time to disbursement: no pledge has both its announcement and its disbursement dated to the day${coarse}`;
  const daysWord = `${m.days.toLocaleString('en-US')} day${m.days === 1 ? '' : 's'}`;
  return `median ${daysWord} from announcement to disbursement, over ${pledgesWord(m.pledges)} with both dates${coarse}`;
}

/** The delivery share as a page writes it: "42.5 %", or "—" with nothing committed. */
export const formatShare = (percent: number | null): string => (percent === null ? '—' : `${percent} %`);
