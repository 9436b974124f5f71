// The API's bodies as zod schemas. Request bodies reuse the one pledge schema; response shapes are
// declared here once, type the presenters (lib/api/present.ts) and feed the OpenAPI document.
import { z } from 'zod';
import { pledgeInputSchema, retractSchema, LIMITS } from '../pledge-schema';
import {
  CATEGORIES,
  DATE_PRECISIONS,
  FX_SOURCES,
  INSTRUMENTS,
  PARTY_KINDS,
  PLEDGE_KINDS,
  REVISION_ACTIONS,
  STAGES,
} from '../domain';
import { DATE_BASES } from '../filters';
import { LINES, type Line } from '../counting';

const versionField = z
  .int({ error: 'version must be the whole number you last read from the pledge' })
  .positive('version must be positive');

/** PATCH: the fields to change, plus the `version` the change is based on. */
export const patchMetaSchema = z.object({
  version: versionField,
  reason: z
    .string({ error: 'reason must be text' })
    .trim()
    .max(LIMITS.reason, `reason is longer than ${LIMITS.reason} characters`)
    .nullish(),
});
export const pledgePatchSchema = pledgeInputSchema.partial().extend(patchMetaSchema.shape);

/** DELETE retracts: a reason is required; `version`, when sent, guards against a stale read. */
export const retractBodySchema = retractSchema.extend({ version: versionField.optional() });

const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .describe('exact decimal in major units of the currency, e.g. "37000000" or "1.50"');
const minor = z
  .int()
  .describe('integer amount in minor units of the currency (ISO 4217 exponent: USD cents, JPY yen)');
const date = z.string().describe('ISO 8601 date, YYYY-MM-DD');
const timestamp = z.string().describe('ISO 8601 timestamp, UTC');
const writtenDate = (what: string) =>
  z
    .string()
    .nullable()
    .describe(
      `${what}, written at its precision: YYYY-MM-DD, YYYY-MM or YYYY; null when not reached or not known`,
    );
/** The stage dates and the period, as the pledge file and the request bodies write them (lib/stage-dates.ts). */
const stageDatesOut = {
  committedOn: writtenDate('the day the pledge became binding'),
  allocatedOn: writtenDate('the day it was earmarked for items or projects'),
  disbursedOn: writtenDate('the day it was delivered or paid'),
  cancelledOn: writtenDate('the day the donor withdrew it (stage cancelled)'),
  periodStart: z.string().nullable().describe("a multi-year pledge's first year, month or day, as written"),
  periodEnd: z.string().nullable().describe("a multi-year pledge's last year, month or day, as written"),
};

const partyOut = z.object({ slug: z.string(), name: z.string(), kind: z.enum(PARTY_KINDS) });

export const sourceOut = z.object({
  id: z.int(),
  url: z.string().nullable(),
  publisher: z.string().nullable(),
  title: z.string(),
  publishedOn: date.nullable(),
  accessedOn: date.nullable(),
  quote: z.string().describe('the sentence that supports the figure'),
});

export const pledgeRefOut = z.object({
  id: z.int(),
  externalId: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  donor: partyOut,
  recipient: partyOut,
  category: z.enum(CATEGORIES),
  instrument: z.enum(INSTRUMENTS),
  stage: z.enum(STAGES),
  kind: z.enum(PLEDGE_KINDS),
  isLowerBound: z.boolean().describe('the figure is "more than" this'),
  parentId: z.int().nullable(),
  amount: decimal.nullable().describe('in `currency`; null for an unquantified in-kind pledge'),
  amountMinor: minor.nullable(),
  currency: z.string().nullable(),
  amountUsd: decimal.nullable(),
  amountUsdMinor: minor.nullable(),
  fxRate: z.number().nullable().describe('units of `currency` per US dollar used for amountUsd'),
  fxDate: date.nullable(),
  fxSource: z.enum(FX_SOURCES).nullable(),
  announcedOn: date.nullable(),
  datePrecision: z.enum(DATE_PRECISIONS),
  ...stageDatesOut,
  retractedAt: timestamp.nullable(),
  retractionReason: z.string().nullable(),
  version: z.int().describe('send back with PATCH for optimistic concurrency'),
  createdAt: timestamp,
  updatedAt: timestamp,
  links: z.object({ self: z.string(), html: z.string() }),
});
export const pledgeOut = pledgeRefOut.extend({ sources: z.array(sourceOut) });

export const revisionOut = z.object({
  id: z.int(),
  action: z.enum(REVISION_ACTIONS),
  actorLabel: z.string(),
  at: timestamp,
  reason: z.string().nullable(),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).describe('field → [before, after]'),
  version: z.int(),
});
export const pledgeDetailOut = pledgeOut.extend({
  parent: pledgeRefOut.nullable(),
  drawdowns: z.array(pledgeRefOut),
  revisions: z.array(revisionOut),
});

export const pledgeListOut = z.object({
  data: z.array(pledgeOut),
  next: z
    .string()
    .nullable()
    .describe('URL of the next page (same filters, after the last id), null on the last page'),
  total: z.int().describe('pledges matching the filters'),
  limit: z.int(),
});

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

export const errorOut = z.object({
  error: z.object({
    message: z.string(),
    code: z.string(),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe('field → problems, for invalid input'),
    current: pledgeDetailOut.optional().describe('on 409: the pledge as it is now'),
  }),
});
