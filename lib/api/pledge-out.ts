// The API's pledge responses: a pledge with its parties and sources, its detail with draw-downs and
// revisions, and a page of the list; lib/api/schemas.ts re-exports them.
import { z } from 'zod';
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
import { date, decimal, minor, timestamp, writtenDate } from './value-schemas';

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
