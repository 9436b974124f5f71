// Query parameters of the read endpoints. Pages forgive a bad filter (lib/filters.ts drops it and
// says so); the API refuses it with a 400 naming the parameter, so a script never silently gets
// unfiltered numbers. Each parameter is declared once: the parser and the OpenAPI document read it.
import { CATEGORIES, INSTRUMENTS, STAGES } from '../domain';
import { PEER_GROUP_IDS } from '../peer-groups';
import { DATE_BASES, DATES_PARAM, parseFilters, type PledgeFilters } from '../filters';
import { ApiError, badParameter } from './errors';
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

/** Refuses parameters the endpoint does not know (a typo such as `donors=` must not widen results). */
export function assertKnownParams(params: URLSearchParams, allowed: readonly QueryParam[]): void {
  const names = new Set(allowed.map((p) => p.name));
  for (const key of new Set(params.keys())) {
    if (!names.has(key)) {
      const message = `is not a parameter of this endpoint${names.size ? ` (use ${[...names].join(', ')})` : ''}`;
      throw new ApiError(400, 'unknown_parameter', `${key.slice(0, 40)} ${message}`, {
        fields: { [key.slice(0, 40)]: [message] },
      });
    }
  }
}

/** lib/filters.ts parsing, with every problem it reports turned into a 400 naming its parameter. */
export function parseFilterParams(params: URLSearchParams, currencies: readonly string[]): PledgeFilters {
  const { filters, problems } = parseFilters(params, currencies);
  refuseProblems(problems);
  return filters;
}

/** A page's forgiving parser's problems (each starting with its parameter's name) as one 400. */
export function refuseProblems(problems: string[]): void {
  if (problems.length === 0) return;
  const fields: Record<string, string[]> = {};
  for (const problem of problems) {
    // parseFilters starts every problem with the parameter's name; the page's "ignored" does not apply here.
    const name = problem.split(/[\s"]/, 1)[0];
    (fields[name] ??= []).push(problem.replace(/;[^;]*$/, ''));
  }
  const message = Object.values(fields).flat().join('; ');
  throw new ApiError(400, 'invalid_parameter', message, { fields });
}

function single(params: URLSearchParams, name: string): string | null {
  const all = params.getAll(name);
  if (all.length > 1) throw badParameter(name, 'must be given once');
  return all[0] ?? null;
}

export function intParam(
  params: URLSearchParams,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const raw = single(params, name);
  if (raw === null) return fallback;
  const value = /^\d{1,16}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw badParameter(name, `must be a whole number from ${min} to ${max} (got "${raw.slice(0, 40)}")`);
  }
  return value;
}

export function enumParam<T extends string>(
  params: URLSearchParams,
  name: string,
  values: readonly T[],
  fallback: T,
): T {
  const raw = single(params, name);
  if (raw === null) return fallback;
  if (!(values as readonly string[]).includes(raw))
    throw badParameter(name, `must be one of ${values.join(', ')} (got "${raw.slice(0, 40)}")`);
  return raw as T;
}
