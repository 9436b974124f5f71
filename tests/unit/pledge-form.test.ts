// The editor form's path into the one pledge schema: every bad input comes back keyed by the name
// of the input that holds it, so the form can show it beside that field.
import { describe, test, expect } from 'vitest';
import { pledgeSchema } from '../../lib/pledge-schema';
import { fieldErrorsOf } from '../../lib/validation';
import {
  emptyPledgeValues,
  inputFromValues,
  valuesFromFormData,
  valuesFromInput,
  PLEDGE_FIELDS,
  SOURCE_FIELDS,
} from '../../lib/pledge-form';
import { differingFields } from '../../lib/pledge-form-compare';

const good: Record<string, string> = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Drone detection system',
  category: 'military',
  stage: 'committed',
  instrument: 'grant',
  kind: 'item',
  amount: '37,000,000',
  currency: 'USD',
  announcedOn: '2024-01-07',
  datePrecision: 'day',
  sourceCount: '1',
  'sources.0.url': 'https://example.org/a',
  'sources.0.publisher': 'Example Times',
  'sources.0.quote': 'Japan allocated $37 million.',
};

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

function errorsFor(fields: Record<string, string>) {
  const r = pledgeSchema.safeParse(inputFromValues(valuesFromFormData(form(fields))));
  return r.success ? {} : fieldErrorsOf(r.error);
}

const formNames = new Set<string>([
  ...PLEDGE_FIELDS,
  'sources',
  ...[0, 1].flatMap((i) => [`sources.${i}`, ...SOURCE_FIELDS.map((k) => `sources.${i}.${k}`)]),
]);

describe('editor form → pledge schema', () => {
  test('a complete form parses, as typed by a person', () => {
    const r = pledgeSchema.parse(inputFromValues(valuesFromFormData(form({ ...good, isLowerBound: 'on' }))));
    expect(r).toMatchObject({
      amount: 3_700_000_000,
      currency: 'USD',
      isLowerBound: true,
      sources: [{ url: 'https://example.org/a', quote: 'Japan allocated $37 million.' }],
    });
  });

  test.each([
    ['no donor', { donor: '' }, 'donor', 'Donor is required'],
    ['no recipient', { recipient: '  ' }, 'recipient', 'Recipient is required'],
    ['no title', { title: '' }, 'title', 'Title is required'],
    ['title too long', { title: 'x'.repeat(301) }, 'title', 'longer than 300'],
    ['no category', { category: '' }, 'category', 'Category is required'],
    ['forged category', { category: 'weapons' }, 'category', 'Category must be one of'],
    ['forged stage', { stage: 'promised' }, 'stage', 'Stage must be one of'],
    ['forged instrument', { instrument: 'gift' }, 'instrument', 'Instrument must be one of'],
    ['forged party kind', { donorKind: 'planet' }, 'donorKind', 'Donor kind must be one of'],
    ['amount in words', { amount: '37 million' }, 'amount', 'not a plain number'],
    ['amount with bad grouping', { amount: '37,00,000' }, 'amount', 'not a plain number'],
    ['negative amount', { amount: '-37000000' }, 'amount', 'must not be negative'],
    ['cents on yen', { amount: '100.5', currency: 'JPY', fxRate: '150' }, 'amount', 'more decimals than JPY'],
    ['amount without currency', { currency: '' }, 'currency', 'Currency is required'],
    ['made-up currency', { currency: 'XYZ' }, 'currency', 'not an ISO 4217 code'],
    ['rate on a dollar amount', { fxRate: '1.2' }, 'fxRate', 'must be 1'],
    ['negative rate', { currency: 'EUR', fxRate: '-0.9' }, 'fxRate', 'must be positive'],
    ['rate in words', { currency: 'EUR', fxRate: 'about one' }, 'fxRate', 'must be a number'],
    ['impossible date', { announcedOn: '2024-02-30' }, 'announcedOn', 'real date'],
    ['month at day precision', { announcedOn: '2024-02' }, 'announcedOn', 'real date written YYYY-MM-DD'],
    ['date with unknown precision', { datePrecision: 'unknown' }, 'announcedOn', 'must be empty'],
    ['date far ahead', { announcedOn: '2999-01-01' }, 'announcedOn', 'more than a year ahead'],
    ['no date at day precision', { announcedOn: '' }, 'announcedOn', 'required when Date precision is day'],
    ['a quantified pledge without a source', { sourceCount: '0' }, 'sources', 'needs at least one source'],
    [
      'a source URL that is not http',
      { 'sources.0.url': 'javascript:alert(1)' },
      'sources.0.url',
      'http(s) address',
    ],
    [
      'a source date that is not a date',
      { 'sources.0.publishedOn': 'yesterday' },
      'sources.0.publishedOn',
      'real date',
    ],
    [
      'a source with only a quote',
      { 'sources.0.url': '', 'sources.0.publisher': '' },
      'sources.0',
      'Source 1 needs at least a URL, a publisher or a title',
    ],
    [
      'a reported total without an amount',
      { kind: 'reported_total', amount: '', currency: '' },
      'amount',
      'required for a reported total',
    ],
    ['a parent id in words', { parentId: 'the big one' }, 'parentId', 'whole number'],
  ])('%s', (_name, change, field, message) => {
    const errors = errorsFor({ ...good, ...change });
    expect(errors[field]?.join(' ')).toContain(message);
    // Every message names an input the form shows, so none is lost.
    for (const key of Object.keys(errors)) expect(formNames.has(key)).toBe(true);
  });

  test('blank source rows are dropped rather than refused', () => {
    const values = valuesFromFormData(form({ ...good, sourceCount: '2' }));
    expect(values.sources).toHaveLength(2);
    expect(inputFromValues(values).sources).toHaveLength(1);
  });

  test('stored values round-trip, and a conflict lists only the fields that differ', () => {
    const values = valuesFromFormData(form(good));
    const again = valuesFromInput(inputFromValues(values));
    expect(differingFields(values, again)).toEqual([]);
    const theirs = { ...again, title: 'Drone detectors', sources: [] };
    expect(differingFields(values, theirs)).toEqual([
      { field: 'title', mine: 'Drone detection system', theirs: 'Drone detectors' },
      {
        field: 'sources',
        mine: 'https://example.org/a — Example Times — Japan allocated $37 million.',
        theirs: '',
      },
    ]);
    expect(emptyPledgeValues().sources).toHaveLength(1);
  });
});
