import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape, NEW_PLEDGE } from './api-support';
import { addSyntheticPledges } from '../support/synthetic';
import { countPledges } from '../../db/pledges/list';
import { createPledge } from '../../db/pledges/writes';
import { parseFilters, EMPTY_FILTERS } from '../../lib/filters';
import { minorToDecimal } from '../../lib/money';

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
