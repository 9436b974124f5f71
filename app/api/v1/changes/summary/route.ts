// GET what changed between two dates: the effect on the totals per donor and stage line.
import { changePartyNames, summariseChanges } from '@/db/changes';
import { endpoint } from '@/lib/api/endpoints';
import { ApiError } from '@/lib/api/errors';
import { SUMMARY_MAX_CHANGES } from '@/lib/changes-params';
import { presentChangeSummary } from '@/lib/changes-present';
import { methodNotAllowed, preflight, publicRead } from '../../_shared/handlers';
import { readChangeQuery } from '../read-query';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, OPTIONS';
const SUMMARY = endpoint('get', '/api/v1/changes/summary');

export const GET = publicRead((request) => {
  const { filters } = readChangeQuery(new URL(request.url).searchParams, SUMMARY);
  return async () => {
    const summary = await summariseChanges(filters);
    if (summary.tooMany) {
      const most = SUMMARY_MAX_CHANGES.toLocaleString('en-US');
      const message = `the window holds more than ${most} changes; narrow since and until (or filter by donor, recipient or category)`;
      throw new ApiError(400, 'window_too_wide', message, { fields: { since: [message] } });
    }
    const names = await changePartyNames(
      [],
      summary.rows.map((r) => r.donor),
    );
    return presentChangeSummary(filters, summary, names);
  };
});

export const OPTIONS = preflight(ALLOW);
export const POST = methodNotAllowed(ALLOW);
export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
