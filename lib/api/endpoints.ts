// Every endpoint of API v1, described once: the OpenAPI document (lib/api/openapi.ts), the /api
// page and the route handlers' parameter checks all read this table.
import { DATES_QUERY, FILTER_PARAMS, INTERVAL_PARAM, type QueryParam } from './query';
import { RANKING_QUERY } from './donors';
import { YEARS_QUERY } from './years';
import { CHANGES_QUERY, CHANGES_SUMMARY_QUERY } from '../changes-api';
import { PLEDGE_ENDPOINTS } from './pledge-endpoints';

export type BodyName = 'PledgeInput' | 'PledgePatch' | 'RetractBody';
export type ResponseName =
  | 'PledgeList'
  | 'PledgeDetail'
  | 'Summary'
  | 'Series'
  | 'Years'
  | 'Donors'
  | 'ChangeList'
  | 'ChangeSummary'
  | 'OpenApi';

export type Endpoint = {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  description: string;
  auth: boolean;
  query: QueryParam[];
  body?: BodyName;
  success: { status: 200 | 201; schema: ResponseName };
  errors: number[];
  example: string;
};

/** The pledge endpoints first (lib/api/pledge-endpoints.ts), then the totals, the feed and this document. */
export const ENDPOINTS: Endpoint[] = [
  ...PLEDGE_ENDPOINTS,
  {
    method: 'get',
    path: '/api/v1/summary',
    summary: 'Totals and the donor × category summary',
    description:
      "The dashboard's headline totals, its delivery progress (`delivery`: disbursed of committed, with the percentage) and the summary export's rows for the same filters, by the same counting rules, plus the reported totals (compared, never added).",
    auth: false,
    query: FILTER_PARAMS,
    success: { status: 200, schema: 'Summary' },
    errors: [400],
    example: 'curl -s "$TRACKER/api/v1/summary?recipient=ukraine&currency=EUR"',
  },
  {
    method: 'get',
    path: '/api/v1/series',
    summary: 'Cumulative support over time',
    description:
      'Per month (or day) totals and their running sums by announcement date, or with `dates=reached` by the date each stage was reached, as charted on the dashboard and in the series export.',
    auth: false,
    query: [...FILTER_PARAMS, INTERVAL_PARAM, DATES_QUERY],
    success: { status: 200, schema: 'Series' },
    errors: [400],
    example: 'curl -s "$TRACKER/api/v1/series?donor=japan&interval=month&dates=reached"',
  },
  {
    method: 'get',
    path: '/api/v1/years',
    summary: 'Support per year',
    description:
      "Committed, allocated and disbursed per calendar year or per each donor's fiscal year, by announcement date and the same counting rules as the totals; a pledge with a period is spread evenly over its years (an estimate, in whole minor units that add up to its amount); pledges without a year are counted apart. Same figures as /years and /export/years.csv.",
    auth: false,
    query: [...FILTER_PARAMS, ...YEARS_QUERY],
    success: { status: 200, schema: 'Years' },
    errors: [400],
    example: 'curl -s "$TRACKER/api/v1/years?donor=japan&basis=fiscal"',
  },
  {
    method: 'get',
    path: '/api/v1/donors',
    summary: 'Donors ranked',
    description:
      "The /donors ranking: each donor's stage totals, % of GDP and per capita (World Bank, World Development Indicators: GDP in current USD and population of each pledge's year, or of `gdpYear`), share of all listed donors and rank on each; peer groups as sums of their members. Same rows as /export/donors.csv.",
    auth: false,
    query: [...FILTER_PARAMS, ...RANKING_QUERY],
    success: { status: 200, schema: 'Donors' },
    errors: [400],
    example: 'curl -s "$TRACKER/api/v1/donors?group=g7&gdpYear=2021"',
  },
  {
    method: 'get',
    path: '/api/v1/changes',
    summary: 'The change feed',
    description:
      'Every create, correction, cancellation, retraction and un-retraction, newest first, with each changed field as the pledge page shows it, the reason, who and what it did to the totals. Follow `next`: the cursor is keyed on (time, id), so it never skips or repeats a change while others are written.',
    auth: false,
    query: CHANGES_QUERY,
    success: { status: 200, schema: 'ChangeList' },
    errors: [400],
    example: 'curl -s "$TRACKER/api/v1/changes?donor=japan&since=2026-01-01&limit=50"',
  },
  {
    method: 'get',
    path: '/api/v1/changes/summary',
    summary: 'What changed between two dates',
    description:
      "The effect of the window's changes on the totals per donor and stage, in US dollars, by the counting rules: each change's pledge counted before and after it. The same figures lead /changes?since=&until=.",
    auth: false,
    query: CHANGES_SUMMARY_QUERY,
    success: { status: 200, schema: 'ChangeSummary' },
    errors: [400],
    example: 'curl -s "$TRACKER/api/v1/changes/summary?since=2026-06-01&until=2026-06-30"',
  },
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    summary: 'This description (OpenAPI 3.1)',
    description: 'Generated from the zod schemas the API validates with.',
    auth: false,
    query: [],
    success: { status: 200, schema: 'OpenApi' },
    errors: [],
    example: 'curl -s "$TRACKER/api/v1/openapi.json"',
  },
];

export function endpoint(method: Endpoint['method'], path: string): Endpoint {
  const found = ENDPOINTS.find((e) => e.method === method && e.path === path);
  if (!found) throw new Error(`no endpoint ${method} ${path} in lib/api/endpoints.ts`);
  return found;
}
