// The counting rule of a series by the date each stage was reached (`dates=reached`): which share of a
// bucket each date carries. lib/counting.ts holds the rules it applies and re-exports it.
import { addBucket, ZERO_TOTALS, type Bucket, type Line, type Totals } from './counting';

const STAGE_LINES = ['committed', 'allocated', 'disbursed'] as const;
/** What a series by reached date places on a stage's own date; everything else (counts, announced) goes on announced_on. */
const PLACED_BY_STAGE: readonly (keyof Totals)[] = [...STAGE_LINES, 'cancelled', 'cancelledCount'];

/** Which of a pledge's stage dates are known (a date at any precision; `unknown` stores none). */
export type KnownDates = Record<(typeof STAGE_LINES)[number] | 'cancelled', boolean>;

/**
 * The part of a bucket a series by the date each stage was reached (`dates=reached`) places on the
 * date `on`: each stage total on the day that stage was reached (committed on committed_on …), the
 * cancelled figure on cancelled_on, the announced figure and the counts on announced_on. The stage
 * totals are addBucket's, so draw-downs never add to committed here either. A cancelled pledge is
 * on each stage line whose date is known from that date and leaves it on cancelled_on (a negative
 * share); with no cancellation date it is on no line, as it is out of the totals. Summed over the
 * five dates, the shares are the bucket's addBucket totals exactly.
 */
export function reachedShare(b: Bucket, on: Line, known: KnownDates): Totals {
  const whole = addBucket({ ...ZERO_TOTALS }, b);
  const out = { ...ZERO_TOTALS };
  const asReached = (line: (typeof STAGE_LINES)[number]) =>
    addBucket({ ...ZERO_TOTALS }, { ...b, stage: line })[line];
  if (on === 'announced') {
    for (const key of Object.keys(out) as (keyof Totals)[])
      if (!PLACED_BY_STAGE.includes(key)) out[key] = whole[key];
  } else if (on === 'cancelled') {
    out.cancelled = whole.cancelled;
    out.cancelledCount = whole.cancelledCount;
    if (b.stage === 'cancelled' && known.cancelled)
      for (const line of STAGE_LINES) if (known[line]) out[line] = -asReached(line);
  } else if (b.stage !== 'cancelled') {
    out[on] = whole[on];
  } else if (known.cancelled && known[on]) {
    out[on] = asReached(on);
  }
  return out;
}
