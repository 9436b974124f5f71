// Issue 20's "as of" on a real server: pledges are created, corrected and retracted on three days; at
// the end of each day the live dashboard, /donors, every API read and every export are read; then the
// days are dated back and each `asOf=` day must answer exactly what was live that day.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { onTestPostgres, useTestDatabase } from '../support/engine';
import { DAYS, writeThreeDays, type Day } from '../support/as-of-history';

let server: RunningServer | undefined;
const live = {} as Record<Day, Record<string, unknown>>;
// A new database numbers the history's three pledges from 1.
const ids = [1, 2, 3];

/** Fields that say when a row was written: the days are dated back after the live reads. */
const WRITTEN_AT = new Set(['createdAt', 'updatedAt', 'at']);
const withoutWriteTimes = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value), (key, v) => (WRITTEN_AT.has(key) ? undefined : v));
const csvWithoutUpdatedAt = (text: string) => {
  const lines = text.trim().split('\n');
  const at = lines[0].split(',').indexOf('updated_at');
  // No field of this history holds a comma or a quote, so a plain split reads its rows.
  return lines.map((l) => l.split(',').filter((_c, i) => i !== at));
};
/** The text of the elements a page marks for its figures and tables. */
const marked = (html: string, testIds: RegExp) =>
  [...html.matchAll(/data-testid="([^"]+)"[^>]*>([\s\S]*?)<\/(dd|table|p|span)>/g)]
    .filter(([, id]) => testIds.test(id))
    .map(
      ([, id, inner]) =>
        `${id}: ${inner
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()}`,
    );

const READS: Record<string, (body: string) => unknown> = {
  '/api/v1/pledges?retracted=include&limit=500': (b) => withoutWriteTimes(JSON.parse(b)),
  '/api/v1/summary': (b) => JSON.parse(b),
  '/api/v1/series': (b) => JSON.parse(b),
  '/api/v1/donors': (b) => JSON.parse(b),
  '/export/pledges.csv': csvWithoutUpdatedAt,
  '/export/summary.csv': (b) => b,
  '/export/series.csv': (b) => b,
  '/export/donors.csv': (b) => b,
  '/': (b) => marked(b, /^(total-|pledge-table|unquantified|delivery)/),
  '/donors': (b) => marked(b, /^donor-ranking$/),
};

async function get(path: string, asOf?: Day): Promise<{ status: number; body: string; asOf: string | null }> {
  const url = new URL(path, server!.url);
  if (asOf) url.searchParams.set('asOf', asOf);
  const res = await fetch(url);
  return { status: res.status, body: await res.text(), asOf: res.headers.get('x-as-of') };
}

async function readAll(asOf?: Day): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [path, shape] of Object.entries(READS)) {
    const answer = await get(path, asOf);
    expect(answer.status, path).toBe(200);
    let body = shape(answer.body);
    if (asOf && path.startsWith('/api/')) body = { ...(body as object), asOf: undefined };
    out[path] = JSON.parse(JSON.stringify(body));
  }
  for (const id of ids) {
    const answer = await get(`/api/v1/pledges/${id}`, asOf);
    out[`pledge ${id}`] =
      answer.status === 200
        ? withoutWriteTimes({ ...JSON.parse(answer.body), asOf: undefined })
        : answer.status;
  }
  return out;
}

beforeAll(async () => {
  const url = await useTestDatabase();
  const written = await writeThreeDays(url, async (day) => {
    // Started once the first day is written, so the server seeds nothing of its own.
    server ??= await startServer(
      onTestPostgres() ? { databaseUrl: url } : { dbFile: url.replace(/^file:/, '') },
    );
    live[day] = await readAll();
  });
  expect(Object.values(written.ids)).toEqual(ids);
}, 600_000);
afterAll(async () => {
  await server?.stop();
});

describe('asOf on a real server', () => {
  test.each(DAYS)('every read as of %s answers what was live at the end of that day', async (day) => {
    expect(await readAll(day)).toEqual(live[day]);
  });

  test('an API answer and an export name the moment they reflect', async () => {
    const api = await get('/api/v1/summary', DAYS[1]);
    expect([api.asOf, JSON.parse(api.body).asOf]).toEqual([
      '2025-04-10T23:59:59.999Z',
      '2025-04-10T23:59:59.999Z',
    ]);
    expect((await get('/export/summary.csv', DAYS[1])).asOf).toBe('2025-04-10T23:59:59.999Z');
  });

  test('the dashboard says which day it shows and links to what changed since', async () => {
    const { body } = await get('/', DAYS[0]);
    expect(body).toContain('The record as it stood on 2025-03-10');
    expect(body).toContain('href="/changes?since=2025-03-10"');
  });

  test('a pledge page before the pledge was recorded says so', async () => {
    const { status, body } = await get(`/pledges/${ids[2]}`, DAYS[0]);
    expect([status, body.includes('not yet recorded on 2025-03-10')]).toEqual([200, true]);
  });

  test('a future asOf is refused by name in the API and the exports, never a 5xx', async () => {
    const api = await fetch(new URL('/api/v1/summary?asOf=2999-01-01', server!.url));
    const csv = await fetch(new URL('/export/pledges.csv?asOf=yesterday', server!.url));
    expect([api.status, (await api.json()).error.message, csv.status]).toEqual([
      400,
      expect.stringContaining('as of "2999-01-01" is in the future'),
      400,
    ]);
  });
});
