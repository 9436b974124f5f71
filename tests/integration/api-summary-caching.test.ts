// The read API's summary and series match the counting verbs; its answers are cached by validator
// (ETag, Last-Modified) and open to any origin for reads only.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape, NEW_PLEDGE } from './api-support';
import { addSyntheticPledges } from '../support/synthetic';
import { createPledge } from '../../db/pledges/writes';
import { getSeries, getSummary, getTotals } from '../../db/totals/totals';
import { parseFilters } from '../../lib/filters';
import { presentSeries, presentTotals } from '../../lib/api/present';

let server: RunningServer;
let base: string;

beforeAll(async () => {
  server = await startApiServer();
  base = server.url;
  await addSyntheticPledges({ count: 3000, seed: 7 });
});
afterAll(async () => {
  await server?.stop();
});

describe('summary and series', () => {
  const FILTER_SETS = [
    '',
    'donor=japan',
    'recipient=ukraine&currency=EUR',
    'category=military&stage=disbursed&from=2020-01-01',
    'currency=JPY&instrument=loan',
  ];

  test.each(FILTER_SETS)('the same numbers as the counting verbs for "%s"', async (query) => {
    const { filters } = parseFilters(new URLSearchParams(query), ['USD', 'EUR', 'JPY']);
    const summary = await call(base, 'GET', `/api/v1/summary?${query}`);
    expect(summary.status).toBe(200);
    expect(summary.json.totals).toEqual(presentTotals(await getTotals(filters), filters.currency));
    expect(summary.json.rows).toHaveLength((await getSummary(filters)).length);
    // Donor × category rows partition the pledges, so their committed amounts add up to the headline.
    const rowSum = summary.json.rows.reduce((sum: number, r: any) => sum + r.totals.committedMinor, 0);
    expect(rowSum).toBe(summary.json.totals.committedMinor);
    const series = await call(base, 'GET', `/api/v1/series?${query}`);
    expect(series.json).toEqual(presentSeries(await getSeries(filters, 'month')));
  });

  test('bad filters are a 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['stage=pledged', 'stage'],
      ['from=2024-02-30', 'from'],
      ['currency=XXX', 'currency'],
      ['donors=japan', 'donors'],
      ['interval=week', 'interval'],
    ]) {
      const res = await call(base, 'GET', `/api/v1/series?${query}`);
      expect(res.status, query).toBe(400);
      expectErrorShape(res.json);
      expect(Object.keys(res.json.error.fields)).toEqual([field]);
    }
  });
});

describe('caching and CORS', () => {
  test('ETag and Last-Modified give 304 until the data changes', async () => {
    const first = await fetch(`${base}/api/v1/summary?donor=japan`);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    expect(first.headers.get('cache-control')).toMatch(/public.*s-maxage=60/);
    expect(
      (await fetch(`${base}/api/v1/summary?donor=japan`, { headers: { 'If-None-Match': etag } })).status,
    ).toBe(304);
    expect(
      (await fetch(`${base}/api/v1/pledges/1`, { headers: { 'If-Modified-Since': lastModified } })).status,
    ).toBe(304);
    expect(
      (await fetch(`${base}/api/v1/pledges/1`, { headers: { 'If-None-Match': '"something-else"' } })).status,
    ).toBe(200);
    await createPledge({ ...NEW_PLEDGE, title: 'A change' }, { id: null, label: 'test' });
    const after = await fetch(`${base}/api/v1/summary?donor=japan`, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  test('reads are open to any origin; writes are not', async () => {
    const read = await fetch(`${base}/api/v1/pledges?limit=1`, {
      headers: { Origin: 'https://news.example' },
    });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(`${base}/api/v1/pledges/1`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://news.example', 'Access-Control-Request-Method': 'PATCH' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    const write = await call(base, 'POST', '/api/v1/pledges', {
      body: NEW_PLEDGE,
      headers: { Origin: 'https://news.example' },
    });
    expect(write.status).toBe(401);
    expect(write.headers.get('access-control-allow-origin')).toBeNull();
  });
});
