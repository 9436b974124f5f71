// Generated import rows for the fast-path test: mostly canonical, with odd values mixed into every
// field.
import fc from 'fast-check';

export const odd = [
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

export const oddValue = fc.oneof(
  fc.constantFrom(...odd),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(0, -1, 17, 1.5, 2 ** 60, true, [], {}, undefined),
);

export const field = (usual: (string | null)[]) => fc.constantFrom(...usual);

export const source = fc.record({
  url: field(['https://example.org/a', 'http://news.example/b?c=1', null]),
  publisher: field(['Ministry of Defence', 'Kiel Institute', null]),
  title: field(['Press release', null]),
  publishedOn: field(['2024-03-05', null, '2024-02-30', ' 2024-03-05']),
  quote: field(['"We will send 40 vehicles."', null]),
});

export const base = fc.record({
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
export const row = fc
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
