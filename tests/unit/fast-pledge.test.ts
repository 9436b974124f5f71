// The import's fast path must decide exactly as the pledge schema does: on generated rows (mostly
// canonical, with odd values mixed into every field) it either defers (null) or returns the very
// data pledgeSchema returns — and it never accepts a row the schema refuses.
import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import { fastPledgeData } from '@/lib/csv/fast-pledge';
import { pledgeSchema } from '@/lib/pledge-schema';
import { row } from '../support/fast-pledge-rows';

describe('fastPledgeData', () => {
  test('agrees with pledgeSchema on every generated row', () => {
    let fast = 0;
    let accepted = 0;
    fc.assert(
      fc.property(row, (input) => {
        const quick = fastPledgeData(input);
        const full = pledgeSchema.safeParse(input);
        if (full.success) accepted++;
        if (quick === null) return;
        fast++;
        expect(full.success).toBe(true);
        expect(quick).toEqual(full.data);
      }),
      { numRuns: 5000 },
    );
    // Not vacuous: many rows take the fast path, and some the schema accepts are left to it (odd but valid).
    expect(fast).toBeGreaterThan(50);
    expect(accepted).toBeGreaterThan(fast);
  });

  test('a canonical export row takes the fast path; an extra key, a missing key or a bad value defers to the schema', () => {
    const canonical = {
      externalId: 'syn-1',
      donor: 'Germany',
      donorKind: 'government',
      recipient: 'Ukraine',
      title: 'Demining kits',
      description: null,
      category: 'military',
      instrument: 'grant',
      stage: 'committed',
      kind: 'item',
      isLowerBound: 'false',
      amount: '37000000',
      currency: 'EUR',
      fxRate: null,
      announcedOn: '2024-03-05',
      datePrecision: 'day',
      sources: [
        {
          url: 'https://example.org/a',
          publisher: 'Ministry',
          title: 'Kits for Kharkiv',
          publishedOn: '2024-03-05',
          quote: 'We will send kits.',
        },
      ],
      parentId: null,
    };
    expect(fastPledgeData(canonical)).toEqual(pledgeSchema.parse(canonical));
    expect(fastPledgeData({ ...canonical, colour: 'red' })).toBeNull();
    const { title: _title, ...untitled } = canonical;
    expect(fastPledgeData(untitled)).toBeNull();
    expect(fastPledgeData({ ...canonical, amount: '-5' })).toBeNull();
    expect(fastPledgeData({ ...canonical, sources: [] })).toBeNull();
  });
});
