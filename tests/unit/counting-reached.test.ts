// The counting rules of a series by the date each stage was reached (lib/counting.ts reachedShare),
// table-driven: what a bucket adds on each of the five dates a line can step on. Draw-downs never
// add to committed; a cancelled pledge is on the lines whose dates are known and leaves them on its
// cancellation date; summed over the five dates every bucket gives its headline totals.
import { describe, test, expect } from 'vitest';
import {
  LINES,
  reachedShare,
  type Bucket,
  type KnownDates,
  type Line,
  type Totals,
} from '../../lib/counting';
import { b, ALL, NONE } from '../support/reached-buckets';

const money = (t: Totals) => ({
  committed: t.committed,
  allocated: t.allocated,
  disbursed: t.disbursed,
  announced: t.announced,
  cancelled: t.cancelled,
});
const sharesOf = (bucket: Bucket, known: KnownDates) =>
  Object.fromEntries(LINES.map((on) => [on, money(reachedShare(bucket, on, known))])) as Record<
    Line,
    ReturnType<typeof money>
  >;
const only = (over: Partial<ReturnType<typeof money>>) => ({
  committed: 0,
  allocated: 0,
  disbursed: 0,
  announced: 0,
  cancelled: 0,
  ...over,
});

describe('counting by the date each stage was reached (lib/counting.ts)', () => {
  test.each([
    [
      "a disbursed commitment adds to each stage line on that stage's date",
      b({}),
      ALL,
      {
        announced: only({}),
        committed: only({ committed: 100 }),
        allocated: only({ allocated: 100 }),
        disbursed: only({ disbursed: 100 }),
        cancelled: only({}),
      },
    ],
    [
      'a disbursed draw-down adds to allocated and disbursed, never to committed: its commitment already counted',
      b({ isDrawdown: true }),
      ALL,
      {
        announced: only({}),
        committed: only({}),
        allocated: only({ allocated: 100 }),
        disbursed: only({ disbursed: 100 }),
        cancelled: only({}),
      },
    ],
    [
      'an announced pledge stays on the announced line at announced_on',
      b({ stage: 'announced' }),
      NONE,
      {
        announced: only({ announced: 100 }),
        committed: only({}),
        allocated: only({}),
        disbursed: only({}),
        cancelled: only({}),
      },
    ],
    [
      'a cancelled commitment that was allocated is on both lines until its cancellation date, then in cancelled',
      b({ stage: 'cancelled' }),
      { ...ALL, disbursed: false },
      {
        announced: only({}),
        committed: only({ committed: 100 }),
        allocated: only({ allocated: 100 }),
        disbursed: only({}),
        cancelled: only({ committed: -100, allocated: -100, cancelled: 100 }),
      },
    ],
    [
      'a cancelled draw-down leaves allocated only, and is in no cancelled figure (its commitment carries the amount)',
      b({ stage: 'cancelled', isDrawdown: true }),
      { ...NONE, allocated: true, cancelled: true },
      {
        announced: only({}),
        committed: only({}),
        allocated: only({ allocated: 100 }),
        disbursed: only({}),
        cancelled: only({ allocated: -100 }),
      },
    ],
    [
      'a cancelled pledge with no cancellation date is on no stage line, as it is out of the totals',
      b({ stage: 'cancelled' }),
      { ...ALL, cancelled: false },
      {
        announced: only({}),
        committed: only({}),
        allocated: only({}),
        disbursed: only({}),
        cancelled: only({ cancelled: 100 }),
      },
    ],
    [
      'a retracted pledge is on no line',
      b({ retracted: true }),
      ALL,
      {
        announced: only({}),
        committed: only({}),
        allocated: only({}),
        disbursed: only({}),
        cancelled: only({}),
      },
    ],
    [
      'a reported total is never summed on any line',
      b({ kind: 'reported_total' }),
      ALL,
      {
        announced: only({}),
        committed: only({}),
        allocated: only({}),
        disbursed: only({}),
        cancelled: only({}),
      },
    ],
  ] as const)('%s', (_name, bucket, known, expected) => {
    expect(sharesOf(bucket, known)).toEqual(expected);
  });
});
