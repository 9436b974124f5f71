// /api/v1/changes and /api/v1/changes/summary: their query parameters and response schemas (read
// by lib/api/endpoints.ts and the OpenAPI document), beside the change feed's other lib/changes*.ts.
import { z } from 'zod';
import { CATEGORIES, REVISION_ACTIONS } from './domain';
import { CHANGE_KINDS, EFFECT_LINES } from './changes-effect';
import { CHANGE_PAGE } from './changes-params';
import { FILTER_PARAMS, type QueryParam } from './api/query';

const DATE_PARAMS: QueryParam[] = [
  {
    name: 'since',
    description: 'changes made on or after this day (YYYY-MM-DD, UTC)',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'until',
    description: 'changes made on or before this day (YYYY-MM-DD, UTC; the whole day included)',
    schema: { type: 'string', format: 'date' },
  },
];
const PARTY_FILTERS = FILTER_PARAMS.filter((p) => ['donor', 'recipient'].includes(p.name)).map((p) => ({
  ...p,
  description: `${p.description}; matches the pledge's current ${p.name}`,
}));
const CATEGORY_FILTER: QueryParam = {
  name: 'category',
  description: "the pledge's current category; repeatable",
  schema: { type: 'string', enum: [...CATEGORIES] },
  repeatable: true,
};

export const CHANGES_SUMMARY_QUERY: QueryParam[] = [...PARTY_FILTERS, CATEGORY_FILTER, ...DATE_PARAMS];
export const CHANGES_QUERY: QueryParam[] = [
  ...CHANGES_SUMMARY_QUERY,
  {
    name: 'limit',
    description: `changes per page (1–${CHANGE_PAGE.max})`,
    schema: { type: 'integer', minimum: 1, maximum: CHANGE_PAGE.max, default: CHANGE_PAGE.default },
  },
  {
    name: 'cursor',
    description: 'opaque: where the previous page ended (follow `next` rather than building it)',
    schema: { type: 'string' },
  },
];

const usd = {
  amount: z.string().describe('exact decimal in US dollars; negative when the figure went down'),
  amountMinor: z.int().describe('the same in US cents'),
};
const party = z.object({ slug: z.string(), name: z.string() });
const effectOut = z.object({ donor: party, line: z.enum(EFFECT_LINES), ...usd });

export const changeOut = z.object({
  id: z.int().describe('the revision id'),
  kind: z.enum(CHANGE_KINDS).describe('a cancellation is a correction that set the stage to cancelled'),
  action: z.enum(REVISION_ACTIONS),
  at: z.string().describe('ISO 8601 timestamp, UTC'),
  actor: z.string().describe("who made it: an editor's display name, `CSV import`, the seed"),
  reason: z.string().nullable(),
  version: z.int().describe("the pledge's version after the change"),
  pledge: z.object({ id: z.int(), title: z.string().describe('as it is now'), url: z.string() }),
  donor: party.describe("the pledge's donor now"),
  recipient: party.describe("the pledge's recipient now"),
  fields: z
    .array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() }))
    .describe('each changed field by the label and in the words the pledge page uses'),
  changes: z
    .record(z.string(), z.tuple([z.unknown(), z.unknown()]))
    .describe('field → [before, after] as stored'),
  effect: z.array(effectOut).describe('what the change did to its donor’s totals, by the counting rules'),
});

export const changeListOut = z.object({
  data: z.array(changeOut),
  next: z.string().nullable().describe('URL of the next (older) page, null on the last page'),
  limit: z.int(),
});

export const changeSummaryOut = z.object({
  since: z.string().nullable(),
  until: z.string().nullable(),
  currency: z.literal('USD'),
  changeCount: z.int().describe('changes in the window that match the filters'),
  rows: z.array(
    effectOut.extend({
      sentence: z
        .string()
        .describe('"Japan committed +$1.04B: 2 new pledges (+$1.05B), 1 correction (−$5.0M)"'),
      parts: z.array(z.object({ kind: z.enum(CHANGE_KINDS), count: z.int(), ...usd })),
    }),
  ),
});
