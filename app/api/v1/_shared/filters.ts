// The shared filters (lib/filters.ts) for an endpoint: unknown parameters and bad values are refused by name.
import { loadFxTable } from '@/db/fx';
import { rawAsOf, resolveAsOf } from '@/db/as-of';
import type { Endpoint } from '@/lib/api/endpoints';
import { ApiError } from '@/lib/api/errors';
import { assertKnownParams, parseFilterParams } from '@/lib/api/query';
import type { PledgeFilters } from '@/lib/filters';
import { ValidationError } from '@/lib/validation';

export async function readFilters(params: URLSearchParams, endpoint: Endpoint): Promise<PledgeFilters> {
  assertKnownParams(params, endpoint.query);
  const filters = parseFilterParams(params, (await loadFxTable()).currencies());
  return { ...filters, asOf: await readAsOf(params) };
}

/** `asOf` resolved to its cut-off (null: the current record); a bad one is a 400 naming "as of". */
export async function readAsOf(params: URLSearchParams): Promise<string | null> {
  try {
    return await resolveAsOf(rawAsOf(params));
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    throw new ApiError(400, 'invalid_parameter', error.message, { fields: error.fields });
  }
}
