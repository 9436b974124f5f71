// The shared filters (lib/filters.ts) for an endpoint: unknown parameters and bad values are refused by name.
import { loadFxTable } from '@/db/fx';
import type { Endpoint } from '@/lib/api/endpoints';
import { assertKnownParams, parseFilterParams } from '@/lib/api/query';
import type { PledgeFilters } from '@/lib/filters';

export async function readFilters(params: URLSearchParams, endpoint: Endpoint): Promise<PledgeFilters> {
  assertKnownParams(params, endpoint.query);
  return parseFilterParams(params, (await loadFxTable()).currencies());
}
