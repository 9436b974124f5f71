// The read endpoints' query parameters, each declared once with its description and JSON schema:
// lib/api/query.ts parses by them (and re-exports them), the OpenAPI document lists them.
import { CATEGORIES, INSTRUMENTS, STAGES } from '../domain';
import { PEER_GROUP_IDS } from '../peer-groups';
import { DATE_BASES, DATES_PARAM } from '../filters';
import { AS_OF_PARAM } from '../as-of';

export type QueryParam = {
  name: string;
  description: string;
  schema: Record<string, unknown>;
  repeatable?: boolean;
};

const slug = { type: 'string', pattern: '^[a-z0-9-]{1,80}$' };

/** The record as it stood then (lib/as-of.ts); the answer names the moment in `asOf` and `X-As-Of`. */
export const AS_OF_QUERY: QueryParam = {
  name: AS_OF_PARAM,
  description:
    'the public record as it stood at the end of this day (YYYY-MM-DD, UTC) or at this instant (ISO 8601 with a zone); not in the future',
  schema: { type: 'string' },
};
export const FILTER_PARAMS: QueryParam[] = [
  {
    name: 'donor',
    description: 'donor slug (e.g. japan); repeat or comma-separate for several',
    schema: slug,
    repeatable: true,
  },
  {
    name: 'recipient',
    description: 'recipient slug (e.g. ukraine); repeatable',
    schema: slug,
    repeatable: true,
  },
  {
    name: 'category',
    description: 'repeatable',
    schema: { type: 'string', enum: [...CATEGORIES] },
    repeatable: true,
  },
  {
    name: 'stage',
    description: 'repeatable',
    schema: { type: 'string', enum: [...STAGES] },
    repeatable: true,
  },
  {
    name: 'instrument',
    description: 'repeatable',
    schema: { type: 'string', enum: [...INSTRUMENTS] },
    repeatable: true,
  },
  {
    name: 'from',
    description: 'announced on or after (YYYY-MM-DD); undated pledges drop out when a range is set',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'to',
    description: 'announced on or before (YYYY-MM-DD)',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'currency',
    description: 'reporting currency of totals (ISO 4217, one we hold rates for)',
    schema: { type: 'string', pattern: '^[A-Za-z]{3}$', default: 'USD' },
  },
  {
    name: 'group',
    description: 'donors of one peer group (members by ISO 3166 alpha-3, listed at /donors)',
    schema: { type: 'string', enum: [...PEER_GROUP_IDS] },
  },
  AS_OF_QUERY,
];

export const PAGE_LIMIT = { default: 100, max: 500 } as const;
export const PAGING_PARAMS: QueryParam[] = [
  {
    name: 'limit',
    description: `pledges per page (1–${PAGE_LIMIT.max})`,
    schema: { type: 'integer', minimum: 1, maximum: PAGE_LIMIT.max, default: PAGE_LIMIT.default },
  },
  {
    name: 'after',
    description:
      'cursor: return pledges with an id greater than this (follow `next` rather than building it)',
    schema: { type: 'integer', minimum: 0 },
  },
  {
    name: 'retracted',
    description: 'include retracted pledges (kept for the record, excluded from totals)',
    schema: { type: 'string', enum: ['exclude', 'include'], default: 'exclude' },
  },
];

export const INTERVALS = ['month', 'day'] as const;
export const INTERVAL_PARAM: QueryParam = {
  name: 'interval',
  description: 'bucket of the cumulative series',
  schema: { type: 'string', enum: [...INTERVALS], default: 'month' },
};

export const DATES_QUERY: QueryParam = {
  name: DATES_PARAM,
  description:
    'where the series places each pledge: `announced` (every line on announced_on) or `reached` (committed on committed_on, allocated on allocated_on, disbursed on disbursed_on, a cancelled pledge leaving them on cancelled_on; a month or year date at its first day; a stage with no date counted in `undatedByLine`)',
  schema: { type: 'string', enum: [...DATE_BASES], default: 'announced' },
};
