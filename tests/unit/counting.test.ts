import { describe, test, expect } from 'vitest';
import { tally, type Bucket } from '../../lib/counting';

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

describe('counting rules (lib/counting.ts)', () => {
  test('committed = top-level items at committed, allocated or disbursed', () => {
    const t = tally([
      b({ stage: 'committed', value: 100 }),
      b({ stage: 'allocated', value: 20 }),
      b({ stage: 'disbursed', value: 3 }),
    ]);
    expect(t.committed).toBe(123);
    expect(t.allocated).toBe(23);
    expect(t.disbursed).toBe(3);
    expect(t.announced).toBe(0);
  });

  test('draw-downs never add to committed, but do to allocated and disbursed', () => {
    const t = tally([
      b({ stage: 'committed', value: 1000 }),
      b({ stage: 'allocated', isDrawdown: true, value: 300 }),
      b({ stage: 'disbursed', isDrawdown: true, value: 200 }),
    ]);
    expect(t.committed).toBe(1000);
    expect(t.allocated).toBe(500);
    expect(t.disbursed).toBe(200);
  });

  test('announced top-level items are shown apart, never in the totals', () => {
    const t = tally([
      b({ stage: 'announced', value: 3_700_000_000 }),
      b({ stage: 'announced', isDrawdown: true, value: 5 }),
    ]);
    expect(t).toMatchObject({
      announced: 3_700_000_000,
      committed: 0,
      allocated: 0,
      disbursed: 0,
      itemCount: 2,
    });
  });

  test('reported totals are never summed', () => {
    const t = tally([
      b({ kind: 'reported_total', stage: 'disbursed', value: 700_000_000_000 }),
      b({ stage: 'committed', value: 1 }),
    ]);
    expect(t).toMatchObject({
      committed: 1,
      allocated: 0,
      disbursed: 0,
      reportedTotalCount: 1,
      itemCount: 1,
    });
  });

  test('unquantified items are counted, not summed', () => {
    const t = tally([
      b({ quantified: false, stage: 'disbursed', count: 2, value: 0 }),
      b({ stage: 'disbursed', value: 7 }),
    ]);
    expect(t).toMatchObject({ unquantifiedCount: 2, itemCount: 3, disbursed: 7 });
  });

  test('retracted items are excluded everywhere', () => {
    const t = tally([
      b({ retracted: true, stage: 'disbursed', value: 999 }),
      b({ retracted: true, kind: 'reported_total', value: 5 }),
    ]);
    expect(t).toMatchObject({
      committed: 0,
      allocated: 0,
      disbursed: 0,
      itemCount: 0,
      retractedCount: 2,
      reportedTotalCount: 0,
    });
  });

  test('items without a rate into the reporting currency are reported, not hidden', () => {
    expect(tally([b({ value: 10, count: 3, unconverted: 1 })]).unconvertedCount).toBe(1);
  });
});
