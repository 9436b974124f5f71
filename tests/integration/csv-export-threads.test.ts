// The pledge download is made on worker threads inside the server; the same export made in this
// process is the reference. They must be the same bytes for every filter, and a download must be
// one state of the data even when writes land while it streams.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer } from './api-support';
import { addSyntheticPledges } from '../support/synthetic';
import { createPledge, retractPledge } from '../../db/pledges/writes';
import { getPledge } from '../../db/pledges/read';
import { loadFxTable } from '../../db/fx';
import { pledgeExportRecords } from '../../db/csv-export/plan';
import { csvStream } from '../../app/export/[file]/csv-stream';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { parseFilters } from '../../lib/filters';

let server: RunningServer;
const actor = { id: null, label: 'export test' };

const inProcess = async (query: string) => {
  const params = new URLSearchParams(query);
  const { filters } = parseFilters(params, (await loadFxTable()).currencies());
  return new Response(
    csvStream(PLEDGE_COLUMNS, pledgeExportRecords(filters), params.get('bom') === '1'),
  ).text();
};

beforeAll(async () => {
  server = await startApiServer();
  await addSyntheticPledges({ count: 40_000, seed: 31 });
  // Cells that need quoting, neutralising and list escaping, and a gap of retracted ids.
  await createPledge(
    {
      donor: 'Japan',
      recipient: 'Ukraine',
      title: '=HYPERLINK("http://evil","click"), with "quotes"',
      category: 'humanitarian',
      stage: 'committed',
      amount: '1,000,000.50',
      currency: 'EUR',
      announcedOn: '2024-02-10',
      description: 'two\nlines',
      sources: [
        {
          url: 'https://example.org/a',
          publisher: 'A | B',
          title: 'First',
          quote: 'He said "more | less", then left.',
        },
        { url: 'https://example.org/b', publisher: 'C', title: 'Second', quote: '-5 percent' },
      ],
    },
    actor,
  );
  for (const id of [10, 11, 12, 300, 301, 2000])
    await retractPledge({
      id,
      input: { reason: 'duplicate of another entry' },
      expectedVersion: null,
      actor,
    });
  // 40,000 pledges make a download long enough for writes to land while it streams; on PostgreSQL
  // they are imported, which on a loaded machine takes longer than the default minute.
}, 240_000);
afterAll(async () => {
  await server?.stop();
});

describe('the pledge download (on worker threads on SQLite, in one snapshot transaction on PostgreSQL)', () => {
  test.each([
    '',
    'bom=1',
    'donor=japan',
    'donor=japan&donor=germany&category=military',
    'stage=committed&from=2019-01-01&to=2021-12-31',
    'recipient=ukraine&instrument=loan&currency=EUR',
    'donor=no-such-donor',
  ])('?%s is the same bytes as the export made in process', async (query) => {
    const res = await fetch(`${server.url}/export/pledges.csv${query ? `?${query}` : ''}`);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(body).toBe(await inProcess(query));
    expect(body.split('\r\n').length).toBeGreaterThan(1);
  });

  test('a download is one state of the data: writes made while it streams are not in it', async () => {
    const before = await inProcess('');
    const res = await fetch(`${server.url}/export/pledges.csv`);
    const reader = res.body!.getReader();
    const first = await reader.read();
    // The server has opened its snapshots and sent the first bytes; now the data changes.
    const added = await createPledge(
      {
        donor: 'Norway',
        recipient: 'Moldova',
        title: 'Written during the download',
        category: 'other',
        stage: 'committed',
        amount: '5',
        currency: 'NOK',
        announcedOn: '2024-05-01',
        sources: [{ url: 'https://example.org/during', title: 'During', quote: 'Five crowns.' }],
      },
      actor,
    );
    const last = (await getPledge(39_000))!;
    await retractPledge({
      id: 39_000,
      input: { reason: 'retracted during the download' },
      expectedVersion: last.version,
      actor,
    });
    const chunks: Uint8Array[] = [first.value!];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) chunks.push(chunk.value);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text).toBe(before);
    expect(text).not.toContain('Written during the download');
    const after = await (await fetch(`${server.url}/export/pledges.csv`)).text();
    expect(after).toContain('Written during the download');
    expect(after).not.toMatch(/\r\n39000,/);
    expect(added.id).toBeGreaterThan(40_000);
  });
});
