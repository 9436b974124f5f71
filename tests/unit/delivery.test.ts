// Delivery progress (lib/delivery.ts): the median time from announcement to disbursement over
// the pairs dated to the day, and the share and cancelled figure from lib/counting.ts's totals.
import { describe, test, expect } from 'vitest';
import { tally, type Bucket } from '../../lib/counting';
import { deliveryOf, describeMedian, medianDelay, type DatedPair } from '../../lib/delivery';

const pair = (announcedOn: string, disbursedOn: string, over: Partial<DatedPair> = {}): DatedPair => ({
  announcedOn,
  announcedPrecision: 'day',
  disbursedOn,
  disbursedPrecision: 'day',
  count: 1,
  ...over,
});

describe('medianDelay', () => {
  test.each([
    ['no pairs: no median', [], { days: null, pledges: 0, coarse: 0 }],
    ['one pair: its span', [pair('2024-01-01', '2024-08-02')], { days: 214, pledges: 1, coarse: 0 }],
    ['same day: zero days', [pair('2024-03-05', '2024-03-05')], { days: 0, pledges: 1, coarse: 0 }],
    [
      'odd count: the middle span',
      [pair('2024-01-01', '2024-01-11'), pair('2024-01-01', '2024-01-02'), pair('2024-01-01', '2024-04-10')],
      { days: 10, pledges: 3, coarse: 0 },
    ],
    [
      'even count: the mean of the two middle spans, rounded half up',
      [pair('2024-01-01', '2024-01-02'), pair('2024-01-01', '2024-01-03')],
      { days: 2, pledges: 2, coarse: 0 },
    ],
    [
      'a pair shared by several pledges weighs by their number',
      [pair('2024-01-01', '2024-01-02', { count: 3 }), pair('2024-01-01', '2024-12-31')],
      { days: 1, pledges: 4, coarse: 0 },
    ],
    ['a leap day counts', [pair('2024-02-28', '2024-03-01')], { days: 2, pledges: 1, coarse: 0 }],
    [
      'a month- or year-precise date leaves the pair out and is counted apart',
      [
        pair('2024-01-01', '2024-01-31'),
        pair('2024-01-01', '2024-06-01', { disbursedPrecision: 'month' }),
        pair('2024-01-01', '2025-01-01', { announcedPrecision: 'year', count: 2 }),
      ],
      { days: 30, pledges: 1, coarse: 3 },
    ],
    [
      'only coarse pairs: no median, the coarse ones counted',
      [pair('2024-01-01', '2024-06-01', { disbursedPrecision: 'month' })],
      { days: null, pledges: 0, coarse: 1 },
    ],
    [
      'a missing or unknown date is no pair at all',
      [
        pair('2024-01-01', '2024-06-01', { disbursedPrecision: 'unknown' }),
        { ...pair('2024-01-01', '2024-06-01'), disbursedOn: null },
      ],
      { days: null, pledges: 0, coarse: 0 },
    ],
  ] as [string, DatedPair[], ReturnType<typeof medianDelay>][])('%s', (_name, pairs, expected) => {
    expect(medianDelay(pairs)).toEqual(expected);
  });
});

const b = (over: Partial<Bucket>): Bucket => ({
  stage: 'committed',
  isDrawdown: false,
  kind: 'item',
  retracted: false,
  quantified: true,
  count: 1,
  value: 0,
  unconverted: 0,
  ...over,
});

describe('deliveryOf', () => {
  test.each([
    ['nothing committed: no share', [], { committed: 0, disbursed: 0, percent: null, cancelled: 0 }],
    [
      'disbursed over committed, to one decimal',
      [b({ value: 3000 }), b({ stage: 'disbursed', value: 1000 })],
      { committed: 4000, disbursed: 1000, percent: 25, cancelled: 0 },
    ],
    [
      'a draw-down disburses inside its commitment, never adding to committed',
      [b({ value: 3000 }), b({ stage: 'disbursed', isDrawdown: true, value: 1000 })],
      { committed: 3000, disbursed: 1000, percent: 33.3, cancelled: 0 },
    ],
    [
      'a cancelled pledge leaves committed and disbursed and shows as cancelled',
      [b({ stage: 'disbursed', value: 1000 }), b({ stage: 'cancelled', value: 500 })],
      { committed: 1000, disbursed: 1000, percent: 100, cancelled: 500, cancelledCount: 1 },
    ],
  ] as [string, Bucket[], Record<string, unknown>][])('%s', (_name, buckets, expected) => {
    expect(deliveryOf(tally(buckets))).toMatchObject(expected);
  });
});

describe('describeMedian', () => {
  test.each([
    [
      { days: 214, pledges: 12, coarse: 0 },
      'median 214 days from announcement to disbursement, over 12 pledges with both dates',
    ],
    [
      { days: 1, pledges: 1, coarse: 2 },
      'median 1 day from announcement to disbursement, over 1 pledge with both dates; 2 pledges dated only to the month or year are left out',
    ],
    [
      { days: null, pledges: 0, coarse: 0 },
      'no median time to disbursement: no pledge has both its announcement and its disbursement dated to the day',
    ],
  ])('%o', (median, text) => {
    expect(describeMedian(median)).toBe(text);
  });
});
