// Summed over the five dates a line can step on, a reached-date bucket gives its headline totals;
// delivery progress; and the OpenAPI document's dates= and delivery fields.
import { describe, test, expect } from 'vitest';
import { addBucket, addTotals, deliveryProgress, LINES, reachedShare, ZERO_TOTALS } from '../../lib/counting';
import { buildOpenApiDocument } from '../../lib/api/openapi';
import { b, ALL, NONE } from '../support/reached-buckets';

describe('counting by the date each stage was reached (lib/counting.ts)', () => {
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
