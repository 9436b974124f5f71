// The change endpoints' query: unknown parameters and bad values are refused by name (400), as the
// other reads refuse theirs (lib/api/query.ts); the pages forgive the same values and say so.
import type { Endpoint } from '@/lib/api/endpoints';
import { assertKnownParams, refuseProblems } from '@/lib/api/query';
import { parseChangeQuery, type ParsedChangeQuery } from '@/lib/changes-params';

export function readChangeQuery(
  params: URLSearchParams,
  endpoint: Endpoint,
): Omit<ParsedChangeQuery, 'problems'> {
  assertKnownParams(params, endpoint.query);
  const { problems, ...query } = parseChangeQuery(params);
  refuseProblems(problems);
  return query;
}
