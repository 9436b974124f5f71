// The stage dates and the period, through the one pledge schema: a date only for a stage the pledge
// has reached, in order at the coarser precision, a cancellation date only for a cancelled pledge,
// a period that does not end before it starts; each refusal names the field as the form labels it.
import { describe, test, expect } from 'vitest';
import { pledgeSchema, type PledgeData } from '../../lib/pledge-schema';
import { fieldErrorsOf } from '../../lib/validation';
import { todayIso } from '../../lib/dates';
import { stageDatesToInput } from '../../lib/stage-dates';

const valid = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Generators',
  category: 'humanitarian',
  stage: 'disbursed',
  amount: '5000000',
  currency: 'USD',
  announcedOn: '2024-03-05',
  sources: [{ publisher: 'Ministry', title: 'Statement' }],
};
const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

function parse(change: Record<string, unknown>) {
  const r = pledgeSchema.safeParse({ ...valid, ...change });
  return r.success
    ? { data: r.data as PledgeData, errors: {} }
    : { data: null, errors: fieldErrorsOf(r.error) };
}

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

describe('stage dates that are refused, naming the field as the form labels it', () => {
  test.each([
    [
      'a commitment date on an announced pledge',
      { stage: 'announced', committedOn: '2024-04-01' },
      'committedOn',
      'Committed on is given but the pledge is announced, not yet committed: set Stage to committed or later, or leave Committed on empty',
    ],
    [
      'a disbursement date on an allocated pledge',
      { stage: 'allocated', disbursedOn: '2024-04-01' },
      'disbursedOn',
      'Disbursed on is given but the pledge is allocated, not yet disbursed: set Stage to disbursed or later, or leave Disbursed on empty',
    ],
    [
      'a cancellation date on a pledge that is not cancelled',
      { cancelledOn: '2024-04-01' },
      'cancelledOn',
      'Cancelled on is only for a cancelled pledge: set Stage to cancelled, or leave Cancelled on empty',
    ],
    [
      'a commitment before the announcement',
      { committedOn: '2024-03-04' },
      'committedOn',
      'Committed on (2024-03-04) is before Announced on (2024-03-05)',
    ],
    [
      'an allocation month before the commitment month',
      { committedOn: '2024-05-02', allocatedOn: '2024-04' },
      'allocatedOn',
      'Allocated on (2024-04) is before Committed on (2024-05-02)',
    ],
    [
      'a disbursement year before the allocation',
      { allocatedOn: '2025-01-01', disbursedOn: '2024' },
      'disbursedOn',
      'Disbursed on (2024) is before Allocated on (2025-01-01)',
    ],
    [
      'a disbursement before the announcement with no dates between',
      { disbursedOn: '2023-12' },
      'disbursedOn',
      'Disbursed on (2023-12) is before Announced on (2024-03-05)',
    ],
    [
      'a cancellation before the commitment',
      { stage: 'cancelled', committedOn: '2024-06-01', cancelledOn: '2024-05-31' },
      'cancelledOn',
      'Cancelled on (2024-05-31) is before Committed on (2024-06-01)',
    ],
    [
      'a stage reached tomorrow',
      { disbursedOn: tomorrow },
      'disbursedOn',
      `Disbursed on is after today (${todayIso()}): a stage is recorded once it is reached`,
    ],
    [
      'a day that does not exist',
      { committedOn: '2024-02-30' },
      'committedOn',
      'Committed on must be a real date written YYYY-MM-DD, YYYY-MM or YYYY',
    ],
    [
      'words instead of a date',
      { allocatedOn: 'spring' },
      'allocatedOn',
      'Allocated on must be a real date written YYYY-MM-DD, YYYY-MM or YYYY',
    ],
    ['a date before 1945', { committedOn: '1900' }, 'committedOn', 'Committed on is before 1945-01-01'],
    ['a number instead of text', { committedOn: 2024 }, 'committedOn', 'Committed on must be a date'],
    [
      'a period that ends before it starts',
      { periodStart: '2026', periodEnd: '2024-12' },
      'periodEnd',
      'Period end (2024-12) is before Period start (2026)',
    ],
    [
      'a period start that is not a date',
      { periodStart: 'FY2024' },
      'periodStart',
      'Period start must be a real date written YYYY-MM-DD, YYYY-MM or YYYY',
    ],
  ])('%s', (_name, change, field, message) => {
    expect(parse(change).errors).toEqual({ [field]: [message] });
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
