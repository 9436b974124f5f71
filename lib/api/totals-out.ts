// The API's totals responses: totals, delivery progress, the summary and the cumulative series;
// lib/api/schemas.ts re-exports them.
import { z } from 'zod';
import { CATEGORIES } from '../domain';
import { DATE_BASES } from '../filters';
import { LINES, type Line } from '../counting';
import { date, decimal, minor } from './value-schemas';

export const totalsOut = z.object({
  currency: z.string(),
  committed: decimal,
  committedMinor: minor,
  allocated: decimal,
  allocatedMinor: minor,
  disbursed: decimal,
  disbursedMinor: minor,
  announced: decimal,
  announcedMinor: minor,
  cancelled: decimal.describe(
    'top-level pledges the donor cancelled: out of committed, allocated and disbursed',
  ),
  cancelledMinor: minor,
  itemCount: z.int(),
  unquantifiedCount: z.int(),
  reportedTotalCount: z.int(),
  retractedCount: z.int(),
  unconvertedCount: z.int(),
  cancelledCount: z
    .int()
    .describe('itemised pledges cancelled by the donor (a retraction is different: our record was wrong)'),
});

export const deliveryOut = z
  .object({
    disbursed: decimal,
    disbursedMinor: minor,
    committed: decimal,
    committedMinor: minor,
    percent: z
      .number()
      .nullable()
      .describe(
        "disbursed as a percentage of committed, to one decimal, as the dashboard's headline shows it; null when nothing is committed",
      ),
  })
  .describe(
    'delivery progress: how much of what was committed has been disbursed (draw-downs count inside their commitment, never twice)',
  );

/** A donor's (or a donor × category row's) delivery: the headline's figures, the cancelled figure and the median delay. */
export const groupDeliveryOut = deliveryOut.extend({
  cancelled: decimal.describe('pledges the donor cancelled: out of committed and disbursed'),
  cancelledMinor: minor,
  cancelledCount: z.int(),
  medianDaysToDisbursement: z
    .int()
    .nullable()
    .describe(
      'median whole days from announced_on to disbursed_on over disbursed pledges with both dates known to the day; null when there are none',
    ),
  medianPledgeCount: z.int().describe('pledges the median is over'),
  medianCoarseCount: z
    .int()
    .describe('pledges with both dates where one is known only to the month or year: left out of the median'),
});

export const summaryOut = z.object({
  currency: z.string(),
  totals: totalsOut,
  delivery: deliveryOut,
  rows: z.array(
    z.object({
      donor: z.string(),
      donorName: z.string(),
      category: z.enum(CATEGORIES),
      totals: totalsOut,
      delivery: groupDeliveryOut,
    }),
  ),
  donors: z
    .array(z.object({ donor: z.string(), donorName: z.string(), delivery: groupDeliveryOut }))
    .describe("each donor's delivery across its categories, as on its page and in summary.csv"),
  reportedTotals: z
    .array(
      z.object({
        id: z.int(),
        title: z.string(),
        donor: z.string(),
        recipient: z.string(),
        announcedOn: date.nullable(),
        isLowerBound: z.boolean(),
        value: decimal.nullable(),
        valueMinor: minor.nullable(),
      }),
    )
    .describe('headline claims: compared with the itemised totals, never added to them'),
});

export const seriesOut = z.object({
  currency: z.string(),
  interval: z.enum(['month', 'day']),
  dates: z
    .enum(DATE_BASES)
    .describe(
      'announced: every line steps on announced_on; reached: committed on committed_on, allocated on allocated_on, disbursed on disbursed_on, cancelled pledges leaving them on cancelled_on',
    ),
  undatedCount: z
    .int()
    .describe(
      'pledges counted in totals but with no place on the time axis (with dates=reached: no date for a stage line they are on)',
    ),
  undatedByLine: z
    .object(Object.fromEntries(LINES.map((l) => [l, z.int()])) as Record<Line, z.ZodInt>)
    .describe('per line, pledges in its total with no date for it ("12 disbursements without a date")'),
  points: z.array(z.object({ period: z.string(), totals: totalsOut, cumulative: totalsOut })),
});
