import { describe, test, expect } from 'vitest';
import { pledgeSchema } from '../../lib/pledge-schema';
import { fieldErrorsOf } from '../../lib/validation';

const valid = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Drone detection system',
  category: 'military',
  stage: 'announced',
  amount: '37,000,000',
  currency: 'usd',
  announcedOn: '2024-01-07',
  sources: [
    { title: 'Article', quote: 'announced Japan’s allocation of $37 million', url: 'https://example.org/a' },
  ],
};

function errorsFor(input: unknown) {
  const r = pledgeSchema.safeParse(input);
  return r.success ? {} : fieldErrorsOf(r.error);
}

describe('pledge schema', () => {
  test('normalises what a person types', () => {
    const r = pledgeSchema.parse(valid);
    expect(r).toMatchObject({
      amount: 3_700_000_000,
      currency: 'USD',
      instrument: 'unspecified',
      kind: 'item',
      datePrecision: 'day',
      isLowerBound: false,
    });
  });

  test('month precision keeps the month', () => {
    expect(pledgeSchema.parse({ ...valid, announcedOn: '2024-01', datePrecision: 'month' }).announcedOn).toBe(
      '2024-01-01',
    );
  });

  test('an unquantified in-kind pledge needs no amount or source', () => {
    const r = pledgeSchema.parse({ ...valid, amount: '', currency: '', sources: [], instrument: 'in_kind' });
    expect(r.amount).toBeNull();
    expect(r.currency).toBeNull();
  });

  const nextYear = new Date(Date.now() + 400 * 86400_000).toISOString().slice(0, 10);
  test.each([
    ['missing title', { title: '' }, 'title', 'Title is required'],
    ['unknown category', { category: 'weapons' }, 'category', 'Category must be one of'],
    ['unknown stage', { stage: 'pledged' }, 'stage', 'Stage must be one of'],
    ['negative amount', { amount: '-5' }, 'amount', 'must not be negative'],
    ['absurd amount', { amount: '99999999999999' }, 'amount', 'larger than 10^13'],
    ['too many decimals', { amount: '5.5', currency: 'JPY' }, 'amount', 'more decimals than JPY'],
    ['unknown currency', { currency: 'ABC' }, 'currency', 'not an ISO 4217 code'],
    [
      'unknown currency without an amount',
      { amount: '', currency: 'ABC', instrument: 'in_kind' },
      'currency',
      'not an ISO 4217 code',
    ],
    ['amount without currency', { currency: '' }, 'currency', 'Currency is required'],
    ['date before 1945', { announcedOn: '1939-09-01' }, 'announcedOn', 'before 1945'],
    ['date far ahead', { announcedOn: nextYear }, 'announcedOn', 'more than a year ahead'],
    ['impossible date', { announcedOn: '2024-02-30' }, 'announcedOn', 'real date'],
    [
      'javascript: url',
      { sources: [{ url: 'javascript:alert(1)', title: 'x' }] },
      'sources.0.url',
      'http(s)',
    ],
    ['oversized text', { description: 'x'.repeat(5001) }, 'description', 'longer than 5000'],
    ['quantified without source', { sources: [] }, 'sources', 'at least one source'],
    ['unknown field', { colour: 'red' }, '_', 'colour'],
    [
      'reported total without amount',
      { kind: 'reported_total', amount: '' },
      'amount',
      'required for a reported total',
    ],
    ['precision unknown with a date', { datePrecision: 'unknown' }, 'announcedOn', 'must be empty'],
  ])('%s', (_name, change, field, message) => {
    const errors = errorsFor({ ...valid, ...change });
    expect(Object.keys(errors)).toContain(field);
    expect(errors[field].join(' ')).toContain(message);
  });
});
