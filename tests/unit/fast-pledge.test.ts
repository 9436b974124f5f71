// The import's fast path must decide exactly as the pledge schema does: on generated rows (mostly
// canonical, with odd values mixed into every field) it either defers (null) or returns the very
// data pledgeSchema returns — and it never accepts a row the schema refuses.
import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import { fastPledgeData } from '@/lib/csv/fast-pledge';
import { pledgeSchema } from '@/lib/pledge-schema';

const odd = [
  '',
  ' ',
  ' padded ',
  'x'.repeat(301),
  'true',
  '0',
  '-1',
  'NaN',
  '1e3',
  '1,5',
  '1,200',
  'unknown',
  'ITEM',
  'usd',
  'XXQ',
  '12.345',
  '2024-02-30',
  '1899-01-01',
  '2999-01-01',
  '2024-03',
  'reported_total',
  'unknown',
  'on',
  'ftp://example.org/x',
  null,
];
const oddValue = fc.oneof(
  fc.constantFrom(...odd),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(0, -1, 17, 1.5, 2 ** 60, true, [], {}, undefined),
);
const field = (usual: (string | null)[]) => fc.constantFrom(...usual);
const source = fc.record({
  url: field(['https://example.org/a', 'http://news.example/b?c=1', null]),
  publisher: field(['Ministry of Defence', 'Kiel Institute', null]),
  title: field(['Press release', null]),
  publishedOn: field(['2024-03-05', null, '2024-02-30', ' 2024-03-05']),
  quote: field(['"We will send 40 vehicles."', null]),
});
const base = fc.record({
  externalId: field(['syn-1', 'kiel-2024-17', null]),
  donor: field(['Germany', 'European Union', 'Japan']),
  donorKind: field(['government', 'eu_institution', null]),
  recipient: field(['Ukraine', 'Moldova']),
  title: field(['Demining kits', 'Budget support']),
  description: field([null, 'For the Kharkiv region']),
  category: field(['military', 'humanitarian', 'financial']),
  instrument: field(['grant', 'loan', null]),
  stage: field(['announced', 'committed', 'disbursed']),
  kind: field(['item', null]),
  isLowerBound: field(['true', 'false', null, 'on', '1']),
  amount: field(['37000000', '1250000.5', '0.01', null]),
  currency: field(['USD', 'EUR', 'GBP']),
  fxRate: field([null, null, '0.92', '1']),
  announcedOn: field(['2024-03-05', '2023-11-30', '2024']),
  datePrecision: field(['day', null, 'month', 'year']),
  sources: fc.array(source, { minLength: 1, maxLength: 3 }).chain((list) =>
    fc.constantFrom(
      list,
      [...list, { url: 'x', publisher: null, quote: null }],
      [],
      list.map((s) => ({ ...s, title: 'T' })),
    ),
  ),
  parentId: fc.constantFrom(null, 17),
});
/** A mostly sensible row with up to two fields swapped for odd values (or removed). */
const row = fc
  .tuple(
    base,
    fc.array(
      fc.tuple(
        fc.constantFrom(
          'externalId',
          'donor',
          'donorKind',
          'recipient',
          'title',
          'description',
          'category',
          'instrument',
          'stage',
          'kind',
          'isLowerBound',
          'amount',
          'currency',
          'fxRate',
          'announcedOn',
          'datePrecision',
          'sources',
          'parentId',
          'extra',
        ),
        oddValue,
      ),
      { maxLength: 3 },
    ),
  )
  .map(([input, changes]) => {
    const out: Record<string, unknown> = { ...input };
    for (const [key, value] of changes) {
      if (value === undefined) delete out[key];
      else out[key] = value;
    }
    return out;
  });

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
