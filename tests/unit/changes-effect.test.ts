import { describe, test, expect } from 'vitest';
import { applyChanges, changeEffect, changeKind, type PledgeState } from '../../lib/changes-effect';
import { effectSentence, summariseEffects } from '../../lib/changes-summary';
import { pledgeState as pledge } from '../support/pledge-state';

const M = 100_000_000; // one million dollars in cents

type Row = [string, PledgeState | null, PledgeState, Record<string, number>];
const CASES: Row[] = [
  ['a new commitment adds to committed', null, pledge(), { 'japan committed': M }],
  [
    'a new announcement adds to announced only',
    null,
    pledge({ stage: 'announced' }),
    { 'japan announced': M },
  ],
  [
    'a new draw-down adds to allocated, never to committed',
    null,
    pledge({ parentId: 7, stage: 'allocated' }),
    { 'japan allocated': M },
  ],
  [
    'a corrected amount moves committed by the difference',
    pledge(),
    pledge({ amount: '950000', amountUsd: '950000' }),
    { 'japan committed': -M / 20 },
  ],
  [
    'committed → disbursed adds to allocated and disbursed, committed unchanged',
    pledge(),
    pledge({ stage: 'disbursed' }),
    { 'japan allocated': M, 'japan disbursed': M },
  ],
  [
    'a cancellation leaves committed for the cancelled figure',
    pledge(),
    pledge({ stage: 'cancelled' }),
    { 'japan committed': -M, 'japan cancelled': M },
  ],
  [
    'a cancelled draw-down leaves allocated and adds no cancelled figure',
    pledge({ parentId: 7, stage: 'allocated' }),
    pledge({ parentId: 7, stage: 'cancelled' }),
    { 'japan allocated': -M },
  ],
  [
    'a retraction takes the pledge out of every total',
    pledge({ stage: 'allocated' }),
    pledge({ stage: 'allocated', retractedAt: '2026-12-01T10:00:00.000Z' }),
    { 'japan committed': -M, 'japan allocated': -M },
  ],
  [
    'an un-retraction puts it back',
    pledge({ retractedAt: '2026-12-01T10:00:00.000Z' }),
    pledge(),
    { 'japan committed': M },
  ],
  ['a reported total is never summed', null, pledge({ kind: 'reported_total' }), {}],
  ['an unquantified item is counted, not summed', null, pledge({ amount: null, amountUsd: null }), {}],
  ['a corrected title moves nothing', pledge(), pledge({ title: 'Radar' }), {}],
  [
    'a new donor takes the amount from the old one',
    pledge(),
    pledge({ donor: 'germany' }),
    { 'japan committed': -M, 'germany committed': M },
  ],
  [
    'a yen pledge counts at its stored US dollar value',
    null,
    pledge({ amount: '150000000', currency: 'JPY', amountUsd: '1000000.50' }),
    { 'japan committed': M + 50 },
  ],
];

describe('the effect of one change on the totals', () => {
  test.each(CASES)('%s', (_name, before, after, expected) => {
    const got = Object.fromEntries(changeEffect(before, after).map((d) => [`${d.donor} ${d.line}`, d.cents]));
    expect(got).toEqual(expected);
  });
});

describe('what a change is called', () => {
  test.each([
    ['create', {}, 'create'],
    ['update', { amount: ['1', '2'] }, 'correction'],
    ['update', { stage: ['committed', 'cancelled'] }, 'cancellation'],
    ['restore', { stage: ['committed', 'cancelled'] }, 'cancellation'],
    ['restore', { stage: ['cancelled', 'committed'] }, 'correction'],
    ['retract', { retractedAt: [null, '2026-12-01T10:00:00.000Z'] }, 'retraction'],
    ['unretract', { retractedAt: ['2026-12-01T10:00:00.000Z', null] }, 'unretraction'],
  ] as const)('%s with %j is a %s', (action, changes, kind) => {
    expect(changeKind(action, changes as Record<string, [unknown, unknown]>)).toBe(kind);
  });
});

describe('a history replayed', () => {
  test('each revision applies its after values to the state before it', () => {
    const created = applyChanges(null, { stage: [null, 'committed'], amount: [null, '5'] });
    expect(applyChanges(created, { stage: ['committed', 'disbursed'] })).toEqual({
      stage: 'disbursed',
      amount: '5',
    });
  });
});

describe('the effect of a window of changes', () => {
  const changes = [
    { kind: 'create' as const, effect: changeEffect(null, pledge({ amountUsd: '1000000000' })) },
    { kind: 'create' as const, effect: changeEffect(null, pledge({ amountUsd: '5000000' })) },
    {
      kind: 'correction' as const,
      effect: changeEffect(pledge({ amountUsd: '5000000' }), pledge({ amountUsd: '0.01' })),
    },
    { kind: 'retraction' as const, effect: changeEffect(pledge(), pledge({ retractedAt: 'x' })) },
    { kind: 'create' as const, effect: changeEffect(null, pledge({ donor: 'germany', stage: 'announced' })) },
  ];

  test('sums per donor and line, each kind of change with its count and amount', () => {
    const rows = summariseEffects(changes);
    expect(rows.map((r) => [r.donor, r.line, r.cents])).toEqual([
      ['germany', 'announced', M],
      ['japan', 'committed', 1005 * M - (5 * M - 1) - M],
    ]);
    expect(rows[1].parts).toEqual([
      { kind: 'create', count: 2, cents: 1005 * M },
      { kind: 'correction', count: 1, cents: -(5 * M - 1) },
      { kind: 'retraction', count: 1, cents: -M },
    ]);
  });

  test('reads as a sentence with signed compact amounts', () => {
    const japan = summariseEffects(changes)[1];
    expect(effectSentence(japan, 'Japan')).toBe(
      'Japan committed +$999M: 2 new pledges (+$1.01B), 1 correction (−$5.0M), 1 retraction (−$1.0M)',
    );
  });
});
