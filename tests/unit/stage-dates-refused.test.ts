// Stage dates that are refused, each naming the field as the form labels it.
import { describe, test, expect } from 'vitest';
import { todayIso } from '../../lib/dates';
import { parse } from '../support/stage-date-input';

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

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
