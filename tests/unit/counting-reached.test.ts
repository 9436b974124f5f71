// The counting rules of a series by the date each stage was reached (lib/counting.ts reachedShare),
// table-driven: what a bucket adds on each of the five dates a line can step on. Draw-downs never
// add to committed; a cancelled pledge is on the lines whose dates are known and leaves them on its
// cancellation date; summed over the five dates every bucket gives its headline totals.
import { describe, test, expect } from 'vitest';
import {
  addBucket,
  addTotals,
  deliveryProgress,
  LINES,
  reachedShare,
  ZERO_TOTALS,
  type Bucket,
  type KnownDates,
  type Line,
  type Totals,
} from '../../lib/counting';
import { buildOpenApiDocument } from '../../lib/api/openapi';

const b = (over: Partial<Bucket>): Bucket => ({
  stage: 'disbursed',
  isDrawdown: false,
  kind: 'item',
  retracted: false,
  quantified: true,
  count: 1,
  value: 100,
  unconverted: 0,
  ...over,
});
const ALL: KnownDates = { committed: true, allocated: true, disbursed: true, cancelled: true };
const NONE: KnownDates = { committed: false, allocated: false, disbursed: false, cancelled: false };
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

  test.each([
    ['disbursed commitment', b({}), ALL],
    ['draw-down', b({ isDrawdown: true }), NONE],
    ['cancelled, dates known', b({ stage: 'cancelled' }), ALL],
    ['cancelled, no dates', b({ stage: 'cancelled', count: 3 }), NONE],
    ['unquantified', b({ quantified: false, count: 2 }), NONE],
    ['unconverted', b({ value: 0, unconverted: 1 }), ALL],
    ['retracted', b({ retracted: true }), ALL],
  ] as const)(
    'summed over the five dates, a %s bucket gives its headline totals exactly',
    (_name, bucket, known) => {
      const sum = LINES.reduce((acc, on) => addTotals(acc, reachedShare(bucket, on, known)), {
        ...ZERO_TOTALS,
      });
      expect(sum).toEqual(addBucket({ ...ZERO_TOTALS }, bucket));
    },
  );
});

describe('delivery progress (lib/counting.ts deliveryProgress)', () => {
  test.each([
    ['a share to one decimal', { committed: 104_000, disbursed: 4_000 }, 3.8],
    ['all of it', { committed: 500, disbursed: 500 }, 100],
    ['nothing committed: no percentage', { committed: 0, disbursed: 0 }, null],
  ] as const)('%s', (_name, t, percent) => {
    expect(deliveryProgress({ ...ZERO_TOTALS, ...t })).toEqual({ ...t, percent });
  });
});

describe('the OpenAPI document', () => {
  test('describes dates= on the series and the delivery fields of the summary', () => {
    const doc = buildOpenApiDocument() as any;
    const dates = doc.paths['/api/v1/series'].get.parameters.find(
      (p: { name: string }) => p.name === 'dates',
    );
    expect(dates.schema).toMatchObject({ enum: ['announced', 'reached'], default: 'announced' });
    expect(JSON.stringify(doc.components.schemas.Summary)).toContain('disbursedMinor');
    expect(JSON.stringify(doc.components.schemas.Summary)).toContain('"percent"');
    expect(JSON.stringify(doc.components.schemas.Series)).toContain('undatedByLine');
  });
});
