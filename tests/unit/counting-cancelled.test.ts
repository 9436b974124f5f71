// A cancelled pledge (the donor withdrew it) leaves the committed, allocated and disbursed totals
// and counts in a "cancelled" figure of its own; a retracted one (our record was wrong) is out of
// every figure, the cancelled one included.
import { describe, test, expect } from 'vitest';
import { tally, type Bucket } from '../../lib/counting';

const b = (over: Partial<Bucket>): Bucket => ({
  stage: 'cancelled',
  isDrawdown: false,
  kind: 'item',
  retracted: false,
  quantified: true,
  count: 1,
  value: 0,
  unconverted: 0,
  ...over,
});

describe('cancelled pledges (lib/counting.ts)', () => {
  test.each([
    [
      'a cancelled top-level pledge is out of every stage total and in cancelled',
      [b({ value: 500 }), b({ stage: 'committed', value: 100 })],
      {
        committed: 100,
        allocated: 0,
        disbursed: 0,
        announced: 0,
        cancelled: 500,
        cancelledCount: 1,
        itemCount: 2,
      },
    ],
    [
      'a cancelled draw-down leaves allocated and disbursed; its commitment stays committed and carries the amount',
      [
        b({ stage: 'committed', value: 1000 }),
        b({ isDrawdown: true, value: 300 }),
        b({ stage: 'disbursed', isDrawdown: true, value: 200 }),
      ],
      { committed: 1000, allocated: 200, disbursed: 200, cancelled: 0, cancelledCount: 1, itemCount: 3 },
    ],
    [
      'an unquantified cancelled pledge is counted as cancelled, never summed',
      [b({ quantified: false, count: 2 })],
      { cancelled: 0, cancelledCount: 2, unquantifiedCount: 0, itemCount: 2 },
    ],
    [
      'a retracted cancelled pledge is out of the cancelled figure too',
      [b({ retracted: true, value: 900 })],
      { cancelled: 0, cancelledCount: 0, retractedCount: 1, itemCount: 0 },
    ],
    [
      'a cancelled reported total is still never summed',
      [b({ kind: 'reported_total', value: 7000 })],
      { cancelled: 0, cancelledCount: 0, reportedTotalCount: 1 },
    ],
    [
      'cancelled pledges add up among themselves',
      [b({ value: 5 }), b({ value: 7, count: 2 })],
      { cancelled: 12, cancelledCount: 3 },
    ],
  ] as const)('%s', (_name, buckets, expected) => {
    expect(tally(buckets)).toMatchObject(expected);
  });

  test('with no cancelled pledge the cancelled figure is 0, not missing', () => {
    expect(tally([b({ stage: 'disbursed', value: 4 })])).toMatchObject({
      disbursed: 4,
      cancelled: 0,
      cancelledCount: 0,
    });
  });
});
