import { describe, test, expect } from 'vitest';
import { changeSentence, currenciesInForce, describeChanges, partySlugsOf } from '../../lib/revision-changes';

const sentences = (changes: Record<string, [unknown, unknown]>, ctx = {}) =>
  describeChanges(changes, ctx).map(changeSentence);

describe('a revision as a person reads it', () => {
  test('an amount reads in its currency, as the page shows it', () => {
    expect(sentences({ amount: ['15000000000', '15500000000'] }, { currency: 'JPY' })).toEqual([
      'Amount: ¥15,000,000,000 → ¥15,500,000,000',
    ]);
  });

  test('an amount whose currency changed too reads each side in its own currency', () => {
    expect(
      sentences({ amount: ['1000000', '900000'], currency: ['USD', 'EUR'] }, { currency: 'EUR' }),
    ).toEqual(['Amount: $1,000,000.00 → €900,000.00', 'Currency: USD → EUR']);
  });

  test('stage, category, instrument and kind read in words', () => {
    expect(
      sentences({
        stage: ['announced', 'committed'],
        category: ['military', 'humanitarian'],
        instrument: ['unspecified', 'in_kind'],
        kind: ['item', 'reported_total'],
      }),
    ).toEqual([
      'Stage: Announced → Committed',
      'Category: Military → Humanitarian',
      'Instrument: Unspecified → In kind',
      'Kind: Itemised pledge → Reported total (headline claim)',
    ]);
  });

  test('parties read by name; a slug no longer known is shown as recorded', () => {
    const names: Record<string, string> = { japan: 'Japan', ukraine: 'Ukraine' };
    expect(
      sentences(
        { donor: ['japan', 'gone-party'], recipient: [null, 'ukraine'] },
        { partyName: (s: string) => names[s] },
      ),
    ).toEqual(['Donor: Japan → gone-party', 'Recipient: — → Ukraine']);
    expect(
      partySlugsOf([
        { changes: { donor: ['japan', 'gone-party'], title: ['a', 'b'] } },
        { changes: { recipient: [null, 'ukraine'] } },
      ]),
    ).toEqual(['japan', 'gone-party', 'ukraine']);
  });

  test('a corrected source names the document and only the details that changed', () => {
    const before = {
      url: 'https://example.org/s',
      title: 'Joint statement',
      publisher: 'Exampel Tmes',
      publishedOn: '2024-03-01',
    };
    expect(sentences({ 'source:7': [before, { ...before, publisher: 'Example Times' }] })).toEqual([
      'Source “Joint statement”: Publisher: Exampel Tmes → Publisher: Example Times',
    ]);
  });

  test('flags, parents, lists and unknown fields stay readable', () => {
    expect(
      sentences({
        isLowerBound: [false, true],
        parentId: [null, 4],
        sources: [['a — X'], ['a — X', 'b — Y']],
        mystery: [1, 2],
      }),
    ).toEqual([
      'Lower bound: No → Yes',
      'Drawn down from: — → Pledge #4',
      'Sources: a — X → a — X; b — Y',
      'mystery: 1 → 2',
    ]);
  });
});

describe('the currency a revision speaks in', () => {
  test('is the one in force before it, read from the history; a change of currency names each side', () => {
    const list = [
      {
        id: 1,
        changes: { amount: [null, '100'], currency: [null, 'JPY'] } as Record<string, [unknown, unknown]>,
      },
      { id: 2, changes: { amount: ['100', '200'] } as Record<string, [unknown, unknown]> },
      {
        id: 3,
        changes: { amount: ['200', '2'], currency: ['JPY', 'USD'] } as Record<string, [unknown, unknown]>,
      },
      { id: 4, changes: { amount: ['2', '3'] } as Record<string, [unknown, unknown]> },
    ];
    expect([...currenciesInForce(list)]).toEqual([
      [1, null],
      [2, 'JPY'],
      [3, null],
      [4, 'USD'],
    ]);
  });
});
