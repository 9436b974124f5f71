import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startServer, type RunningServer } from '../support/server';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { todayIso } from '../../lib/dates';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('CSV downloads over next start', () => {
  test('/export/pledges.csv with a filter sends the filtered rows as an attachment, cached by data version', async () => {
    const res = await fetch(`${server.url}/export/pledges.csv?donor=japan&category=military`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="pledges-japan-military-${todayIso()}.csv"`,
    );
    const text = await res.text();
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual([...PLEDGE_COLUMNS]);
    const byTitle = new Map(
      rows.map((r) => [r[header.indexOf('title')], Object.fromEntries(header.map((h, i) => [h, r[i]]))]),
    );
    // The seeded military pledges: the $37M drone detection system and the unquantified gear.
    expect([...byTitle.keys()].sort()).toEqual(['Drone detection system', 'Non-lethal defense equipment']);
    expect(byTitle.get('Drone detection system')).toMatchObject({
      donor: 'Japan',
      recipient: 'Ukraine',
      amount: '37000000',
      currency: 'USD',
      amount_usd: '37000000',
      stage: 'allocated',
      announced_on: '2024-01-07',
    });
    expect(byTitle.get('Non-lethal defense equipment')).toMatchObject({
      amount: '',
      date_precision: 'unknown',
      source_publishers: 'Japan Times',
    });

    const etag = res.headers.get('etag')!;
    const again = await fetch(`${server.url}/export/pledges.csv?donor=japan&category=military`, {
      headers: { 'If-None-Match': etag },
    });
    expect(again.status).toBe(304);
    const bom = new Uint8Array(await (await fetch(`${server.url}/export/pledges.csv?bom=1`)).arrayBuffer());
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('summary and series downloads, the export page, and unknown files', async () => {
    const summary = parse(await (await fetch(`${server.url}/export/summary.csv`)).text(), {
      columns: true,
    }) as Record<string, string>[];
    const military = summary.find((r) => r.donor === 'japan' && r.category === 'military')!;
    expect(military).toMatchObject({
      announced: '0',
      committed: '37000000',
      allocated: '37000000',
      item_count: '2',
      unquantified_count: '1',
    });
    const series = await fetch(`${server.url}/export/series.csv`);
    expect((await series.text()).split('\r\n')[0]).toBe(
      'month,currency,committed,allocated,disbursed,announced,item_count,unquantified_count,reported_total_count,reported_total,reported_is_lower_bound',
    );
    const page = await (await fetch(`${server.url}/export?donor=japan`)).text();
    expect(page).toContain('href="/export/pledges.csv?donor=japan"');
    expect(page).toContain('href="/export/summary.csv?donor=japan&amp;bom=1"');
    expect((await fetch(`${server.url}/export/secrets.csv`)).status).toBe(404);
  });

  test('a download held in a list of entity tags, or stored since the last change, answers 304 as the API does', async () => {
    const url = `${server.url}/export/summary.csv?donor=japan`;
    const first = await fetch(url);
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    const listed = await fetch(url, { headers: { 'If-None-Match': `W/"0-other", ${etag}` } });
    expect(listed.status).toBe(304);
    const strong = await fetch(url, { headers: { 'If-None-Match': etag.replace(/^W\//, '') } });
    expect(strong.status).toBe(304);
    const since = await fetch(url, { headers: { 'If-Modified-Since': first.headers.get('last-modified')! } });
    expect(since.status).toBe(304);
  });

  test("an unknown export is a 404 in the API's error shape", async () => {
    const res = await fetch(`${server.url}/export/secrets.csv`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await res.json()).error).toMatchObject({ code: 'not_found' });
  });
});
