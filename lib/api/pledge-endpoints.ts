// The pledge endpoints of API v1 (list, create, read, correct, retract), the first rows of the table in
// lib/api/endpoints.ts.
import type { Endpoint } from './endpoints';
import { AS_OF_QUERY, FILTER_PARAMS, PAGING_PARAMS } from './query';

const WRITE_ERRORS = [400, 401, 403, 413, 415, 422];
const AUTH = '-H "Authorization: Bearer $TOKEN"';
const JSON_BODY = '-H "Content-Type: application/json"';
export const PLEDGE_ENDPOINTS: Endpoint[] = [
  {
    method: 'get',
    path: '/api/v1/pledges',
    summary: 'List pledges',
    description:
      'Pledges matching the filters in id order, with their sources. Follow `next` to page through all of them: the cursor never skips or repeats a pledge.',
    auth: false,
    query: [...FILTER_PARAMS, ...PAGING_PARAMS],
    success: { status: 200, schema: 'PledgeList' },
    errors: [400],
    example: 'curl -s "$TRACKER/api/v1/pledges?donor=japan&category=military&limit=50"',
  },
  {
    method: 'post',
    path: '/api/v1/pledges',
    summary: 'Create a pledge',
    description:
      'Validated by the same schema as the editor form; a pledge with an amount needs at least one source. Records a revision.',
    auth: true,
    query: [],
    body: 'PledgeInput',
    success: { status: 201, schema: 'PledgeDetail' },
    errors: WRITE_ERRORS,
    example: `curl -s -X POST "$TRACKER/api/v1/pledges" ${AUTH} ${JSON_BODY} -d '{"donor":"Japan","recipient":"Ukraine","title":"Winter generators","category":"humanitarian","stage":"committed","amount":"1500000","currency":"USD","announcedOn":"2024-11-05","sources":[{"url":"https://example.org/statement","publisher":"Ministry of Foreign Affairs","quote":"Japan will provide USD 1.5 million for generators."}]}'`,
  },
  {
    method: 'get',
    path: '/api/v1/pledges/{id}',
    summary: 'One pledge',
    description:
      'A pledge with its sources, parent commitment, draw-downs and public revision history. Retracted pledges are returned with `retractedAt`.',
    auth: false,
    query: [AS_OF_QUERY],
    success: { status: 200, schema: 'PledgeDetail' },
    errors: [404],
    example: 'curl -s "$TRACKER/api/v1/pledges/1"',
  },
  {
    method: 'patch',
    path: '/api/v1/pledges/{id}',
    summary: 'Correct a pledge',
    description:
      'Send only the fields to change plus the `version` you read (and an optional `reason`). `sources`, when sent, replaces the list. A stale version is a 409 carrying the current record.',
    auth: true,
    query: [],
    body: 'PledgePatch',
    success: { status: 200, schema: 'PledgeDetail' },
    errors: [...WRITE_ERRORS, 404, 409],
    example: `curl -s -X PATCH "$TRACKER/api/v1/pledges/1" ${AUTH} ${JSON_BODY} -d '{"version":1,"stage":"disbursed","reason":"Delivery confirmed"}'`,
  },
  {
    method: 'delete',
    path: '/api/v1/pledges/{id}',
    summary: 'Retract a pledge',
    description:
      'Pledges are never deleted: a retracted pledge leaves every total and keeps its history. A `reason` is required.',
    auth: true,
    query: [],
    body: 'RetractBody',
    success: { status: 200, schema: 'PledgeDetail' },
    errors: [...WRITE_ERRORS, 404, 409],
    example: `curl -s -X DELETE "$TRACKER/api/v1/pledges/1" ${AUTH} ${JSON_BODY} -d '{"reason":"Duplicate of pledge 2"}'`,
  },
];
