// Query parameters of the read endpoints. Pages forgive a bad filter (lib/filters.ts drops it and
// says so); the API refuses it with a 400 naming the parameter, so a script never silently gets
// unfiltered numbers. Each parameter is declared once: the parser and the OpenAPI document read it.
import { parseFilters, type PledgeFilters } from '../filters';
import { ApiError, badParameter } from './errors';
import type { QueryParam } from './query-params';

export {
  AS_OF_QUERY,
  DATES_QUERY,
  FILTER_PARAMS,
  INTERVALS,
  INTERVAL_PARAM,
  PAGE_LIMIT,
  PAGING_PARAMS,
  type QueryParam,
} from './query-params';

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
