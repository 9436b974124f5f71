// `asOf` on a page: resolved onto the page's filters. Pages forgive a bad parameter as they forgive a
// bad filter (lib/filters.ts): the message names "as of" and the page shows the current record.
import { resolveAsOf } from './resolve';
import { AS_OF_PARAM } from '../../lib/as-of';
import { ValidationError } from '../../lib/validation';
import type { ParsedFilters } from '../../lib/filters';

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

export const rawAsOf = (params: Params): string | undefined =>
  params instanceof URLSearchParams
    ? (params.get(AS_OF_PARAM) ?? undefined)
    : [params[AS_OF_PARAM]].flat()[0];

/** A page's cut-off (null: the current record), or the problem naming "as of" when it cannot be one. */
export async function pageAsOf(params: Params): Promise<{ asOf: string | null; problems: string[] }> {
  try {
    return { asOf: await resolveAsOf(rawAsOf(params)), problems: [] };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { asOf: null, problems: [`${error.message}; showing the current record`] };
  }
}

/** The parsed filters with their `asOf` cut-off, or with a problem naming it when it cannot be one. */
export async function withAsOf(parsed: ParsedFilters, params: Params): Promise<ParsedFilters> {
  const { asOf, problems } = await pageAsOf(params);
  return { filters: { ...parsed.filters, asOf }, problems: [...parsed.problems, ...problems] };
}
