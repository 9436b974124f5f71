// The stage dates and the period, through the one pledge schema: a date only for a stage the pledge
// has reached, in order at the coarser precision, a cancellation date only for a cancelled pledge,
// a period that does not end before it starts; each refusal names the field as the form labels it.
import { describe, test, expect } from 'vitest';
import { todayIso } from '../../lib/dates';
import { stageDatesToInput } from '../../lib/stage-dates';
import { parse } from '../support/stage-date-input';

describe('stage dates that are accepted', () => {
  test.each([
    ['a day', { committedOn: '2024-03-05' }, { committedOn: '2024-03-05', committedPrecision: 'day' }],
    ['a month', { allocatedOn: '2024-04' }, { allocatedOn: '2024-04-01', allocatedPrecision: 'month' }],
    ['a year', { disbursedOn: '2025' }, { disbursedOn: '2025-01-01', disbursedPrecision: 'year' }],
    [
      'the same month as the announcement day',
      { committedOn: '2024-03' },
      { committedOn: '2024-03-01', committedPrecision: 'month' },
    ],
    [
      'the announcement year, a day before it',
      { announcedOn: '2024', datePrecision: 'year', committedOn: '2024-01-02' },
      { committedOn: '2024-01-02' },
    ],
    [
      'every stage in order',
      { committedOn: '2024-03-06', allocatedOn: '2024-05', disbursedOn: '2024-05-20' },
      { disbursedOn: '2024-05-20', allocatedOn: '2024-05-01' },
    ],
    ['today', { disbursedOn: todayIso() }, { disbursedOn: todayIso() }],
    ['none at all (reached, date unknown)', {}, { disbursedOn: null, disbursedPrecision: 'unknown' }],
    [
      'a cancelled pledge with its earlier stages',
      { stage: 'cancelled', committedOn: '2024-04-01', cancelledOn: '2024-09' },
      { committedOn: '2024-04-01', cancelledOn: '2024-09-01', cancelledPrecision: 'month' },
    ],
    [
      'a period over three fiscal years',
      { periodStart: '2024', periodEnd: '2026' },
      { periodStart: '2024', periodEnd: '2026' },
    ],
    [
      'a period in months within one year',
      { periodStart: '2024-04', periodEnd: '2024' },
      { periodStart: '2024-04', periodEnd: '2024' },
    ],
  ])('%s', (_name, change, expected) => {
    const { data, errors } = parse(change);
    expect(errors).toEqual({});
    expect(data).toMatchObject(expected);
  });
});

test("a stored pledge's dates become the input that recreates them, each at its precision", () => {
  const { data } = parse({
    stage: 'cancelled',
    committedOn: '2024-04',
    allocatedOn: '2024-05-06',
    cancelledOn: '2025',
    periodStart: '2024-04',
    periodEnd: '2026',
  });
  expect(stageDatesToInput(data!)).toEqual({
    committedOn: '2024-04',
    allocatedOn: '2024-05-06',
    disbursedOn: null,
    cancelledOn: '2025',
    periodStart: '2024-04',
    periodEnd: '2026',
  });
});
