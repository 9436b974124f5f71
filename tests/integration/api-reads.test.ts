import fs from 'node:fs';
import path from 'node:path';
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape, NEW_PLEDGE } from './api-support';
import { addSyntheticPledges } from '../support/synthetic';
import { countPledges } from '../../db/pledges/read';
import { createPledge } from '../../db/pledges/writes';
import { getSeries, getSummary, getTotals } from '../../db/totals/totals';
import { parseFilters, EMPTY_FILTERS } from '../../lib/filters';
import { minorToDecimal } from '../../lib/money';
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

async function pageThrough(first: string, onPage?: (n: number) => void): Promise<any[]> {
  const items: any[] = [];
  let url: string | null = `${base}${first}`;
  for (let n = 0; url; n++) {
    const res: Response = await fetch(url);
    expect(res.status).toBe(200);
    const body: { data: any[]; next: string | null } = await res.json();
    items.push(...body.data);
    url = body.next;
    onPage?.(n);
  }
  return items;
}

describe('GET /api/v1/pledges', () => {
  test('pages through thousands of pledges without gaps or repeats, even while one is added', async () => {
    let added = 0;
    const items = await pageThrough('/api/v1/pledges?limit=500', async (n) => {
      if (n === 1) {
        await createPledge({ ...NEW_PLEDGE, title: 'Added while paging' }, { id: null, label: 'test' });
        added++;
      }
    });
    const ids = items.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(2900);
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
    expect(ids.length).toBe(await countPledges(EMPTY_FILTERS));
    expect(added).toBe(1);
    expect(items.at(-1).title).toBe('Added while paging');
    for (const p of items) {
      expect(Array.isArray(p.sources)).toBe(true);
      if (p.amountMinor !== null) {
        expect(Number.isSafeInteger(p.amountMinor)).toBe(true);
        expect(p.amount).toBe(minorToDecimal(p.amountMinor, p.currency));
        expect(typeof p.amount).toBe('string');
      }
    }
  });

  test('filters page the same way and match the filtered count', async () => {
    const query = 'donor=germany,japan&stage=committed&stage=disbursed&from=2018-01-01';
    const items = await pageThrough(`/api/v1/pledges?${query}&limit=37`);
    expect(items.length).toBe(await countPledges(parseFilters(new URLSearchParams(query)).filters));
    expect(items.length).toBeGreaterThan(37);
    expect(new Set(items.map((p) => p.donor.slug))).toEqual(new Set(['germany', 'japan']));
    expect(
      items.every((p) => ['committed', 'disbursed'].includes(p.stage) && p.announcedOn >= '2018-01-01'),
    ).toBe(true);
    const withRetracted = await call(base, 'GET', `/api/v1/pledges?retracted=include&limit=1`);
    expect(withRetracted.json.total).toBe(await countPledges(EMPTY_FILTERS, true));
  });

  test('one pledge carries its sources, parent, draw-downs and revisions', async () => {
    const items = await pageThrough('/api/v1/pledges?limit=500&donor=united-states');
    const drawdown = items.find((p) => p.parentId !== null);
    const child = await call(base, 'GET', `/api/v1/pledges/${drawdown.id}`);
    expect(child.status).toBe(200);
    expect(child.json.parent.id).toBe(drawdown.parentId);
    expect(child.json.sources[0].quote).toMatch(/Synthetic statement/);
    expect(child.json.revisions[0].action).toBe('create');
    const parent = await call(base, 'GET', `/api/v1/pledges/${drawdown.parentId}`);
    expect(parent.json.drawdowns.map((d: any) => d.id)).toContain(drawdown.id);
    const missing = await call(base, 'GET', '/api/v1/pledges/99999999');
    expect(missing.status).toBe(404);
    expectErrorShape(missing.json);
  });
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

describe('OpenAPI', () => {
  test('describes exactly the routes and methods that exist', async () => {
    const root = path.resolve(__dirname, '../../app/api/v1');
    const found: string[] = [];
    for (const file of fs.readdirSync(root, { recursive: true }) as string[]) {
      if (path.basename(file) !== 'route.ts') continue;
      const url = `/api/v1/${path.dirname(file)}`.replace(/\[(\w+)\]/g, '{$1}');
      const mod = await import(path.join(root, file));
      for (const [name, handler] of Object.entries(mod)) {
        if (!['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(name)) continue;
        const marks = handler as { methodNotAllowed?: boolean; unknownEndpoint?: boolean };
        if (marks.methodNotAllowed || marks.unknownEndpoint) continue;
        found.push(`${name.toLowerCase()} ${url}`);
      }
    }
    const doc = (await call(base, 'GET', '/api/v1/openapi.json')).json;
    expect(doc.openapi).toBe('3.1.0');
    const described = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops as object).map((m) => `${m} ${p}`),
    );
    expect(described.sort()).toEqual(found.sort());
    expect(doc.components.schemas.PledgeInput.additionalProperties).toBe(false);
    const page = await fetch(`${base}/api`).then((r) => r.text());
    for (const entry of found) expect(page).toContain(entry.split(' ')[1]);
  });

  test("a path no endpoint answers gets the API's JSON 404 for any method, not the site's page", async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/pledge'],
      ['POST', '/api/v1/pledges/1/sources'],
      ['DELETE', '/api/v1/v2/summary'],
    ]) {
      const res = await call(base, method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expectErrorShape(res.json);
      expect(res.json.error.message).toContain(path);
    }
  });
});
