import { test, expect, beforeAll } from 'vitest';
import v8 from 'node:v8';
import vm from 'node:vm';
import { parse } from 'csv-parse/sync';
import { describeSqliteOnly, useTestDatabase } from '../support/engine';
import { generateSynthetic } from '../../db/fixtures/synthetic.sqlite';
import { pledgeExportRecords } from '../../db/csv-export/plan';
import { getSeries, getSummary, getTotals } from '../../db/totals/totals';
import { listPledges } from '../../db/pledges/list';
import { csvStream } from '../../app/export/[file]/csv-stream';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { SERIES_COLUMNS, SUMMARY_COLUMNS, seriesRecords, summaryRecords } from '../../lib/csv/totals-records';
import { EMPTY_FILTERS, type PledgeFilters } from '../../lib/filters';
import { minorToDecimal } from '../../lib/money';
import { HEAVY_TEST_MS } from '../support/wait';

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  // ignoreBOM keeps the BOM in the text, so the test can see it is there.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}
const pledgesCsv = (filters: PledgeFilters) =>
  text(csvStream(PLEDGE_COLUMNS, pledgeExportRecords(filters), false));

// The synthetic generator writes SQLite files only (db/fixtures/synthetic.sqlite.ts); the same
// files on PostgreSQL are held to literal bytes by csv-export-engines.test.ts.
describeSqliteOnly('CSV exports of synthetic pledges (SQLite only)', () => {
  beforeAll(async () => {
    await useTestDatabase();
    generateSynthetic({ count: 3000, seed: 11 });
  });

  test('pledges.csv holds every unretracted pledge of the filters, once, in id order', async () => {
    const filters = { ...EMPTY_FILTERS, donor: ['japan', 'germany'], category: ['military' as const] };
    const rows = parse(await pledgesCsv(filters), { columns: true }) as Record<string, string>[];
    const listed = await listPledges(filters, { pageSize: 100_000, sort: 'date' });
    expect(rows.map((r) => Number(r.id))).toEqual(listed.rows.map((p) => p.id).sort((a, b) => a - b));
    expect(new Set(rows.map((r) => r.donor))).toEqual(new Set(['Japan', 'Germany']));
    const sample = listed.rows.find((p) => p.amount != null)!;
    expect(rows.find((r) => Number(r.id) === sample.id)).toMatchObject({
      amount: minorToDecimal(sample.amount!, sample.currency!),
      currency: sample.currency,
    });
  });

  test('summary.csv adds up to the dashboard totals', async () => {
    const filters = { ...EMPTY_FILTERS, currency: 'EUR' };
    const csv = await text(
      csvStream(SUMMARY_COLUMNS, [summaryRecords(await getSummary(filters), 'EUR')].values(), false),
    );
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const totals = await getTotals(filters);
    const sum = (key: string) => rows.reduce((n, r) => n + Math.round(Number(r[key]) * 100), 0);
    expect(sum('committed')).toBe(totals.committed);
    expect(sum('disbursed')).toBe(totals.disbursed);
    expect(sum('announced')).toBe(totals.announced);
    expect(rows.reduce((n, r) => n + Number(r.item_count), 0)).toBe(totals.itemCount);
    expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(['EUR']));
  });

  test('series.csv is cumulative by month and ends at the dated totals', async () => {
    const series = await getSeries(EMPTY_FILTERS, 'month');
    const csv = await text(csvStream(SERIES_COLUMNS, [seriesRecords(series.points, 'USD')].values(), true));
    expect(csv.startsWith('\uFEFFmonth,currency,committed')).toBe(true);
    const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.month)).toEqual([...rows.map((r) => r.month)].sort());
    const committed = rows.map((r) => Number(r.committed));
    expect(committed.filter((v, i) => i > 0 && v < committed[i - 1])).toEqual([]);
    expect(rows.at(-1)!.committed).toBe(minorToDecimal(series.points.at(-1)!.cumulative.committed, 'USD'));
    expect(csv.includes('\r\n')).toBe(true);
  });

  test(
    'the pledge export streams: memory stays flat and rows leave as they are read',
    async () => {
      generateSynthetic({ count: 60_000, seed: 12 });
      const reader = csvStream(PLEDGE_COLUMNS, pledgeExportRecords(EMPTY_FILTERS), false).getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toMatch(/^id,external_id,donor/);
      // Retained memory, after a full collection, must not grow with the rows already sent.
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      gc();
      const base = process.memoryUsage().heapUsed;
      let peak = 0;
      let lines = 0;
      let chunks = 0;
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
        for (const byte of chunk.value) if (byte === 10) lines++;
        if (++chunks % 20 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        }
      }
      expect(lines).toBe((await listPledges(EMPTY_FILTERS)).total);
      expect(peak).toBeLessThan(16 * 1024 * 1024);
    },
    HEAVY_TEST_MS,
  );
});
