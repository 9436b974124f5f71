// dates= on the series API and series.csv, and delivery progress in the summary, against the real
// server on the test engine.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape } from './api-support';
import { createPledge } from '../../db/pledges/writes';

let server: RunningServer;
const who = { id: null, label: 'test' };
const item = (over: Record<string, unknown>) => ({
  donor: 'Testland',
  recipient: 'Ukraine',
  title: 'Item',
  category: 'military',
  currency: 'USD',
  stage: 'disbursed',
  announcedOn: '2024-01-15',
  sources: [{ title: 'Statement', publisher: 'Ministry' }],
  ...over,
});

beforeAll(async () => {
  server = await startApiServer();
  await createPledge(
    item({
      title: 'Shells',
      amount: '100',
      committedOn: '2024-02-10',
      allocatedOn: '2024-03',
      disbursedOn: '2024-05',
    }),
    who,
  );
  await createPledge(item({ title: 'Gear sent', amount: '5' }), who);
  await createPledge(
    item({ title: 'Loan', stage: 'committed', amount: '1000', committedOn: '2024-01-20' }),
    who,
  );
});
afterAll(async () => {
  await server?.stop();
});

describe('the series by the date each stage was reached, over HTTP', () => {
  test('dates=reached steps each stage on its date and counts the undated per line', async () => {
    const { status, json } = await call(
      server.url,
      'GET',
      '/api/v1/series?donor=testland&interval=month&dates=reached',
    );
    expect(status).toBe(200);
    expect(json).toMatchObject({
      dates: 'reached',
      undatedCount: 1,
      undatedByLine: { committed: 1, allocated: 1, disbursed: 1, announced: 0, cancelled: 0 },
    });
    expect(
      json.points.map((p: any) => [p.period, p.cumulative.committedMinor, p.cumulative.disbursedMinor]),
    ).toEqual([
      ['2024-01', 100_000, 0],
      ['2024-02', 110_000, 0],
      ['2024-03', 110_000, 0],
      ['2024-05', 110_000, 10_000],
    ]);
  });

  test('without dates= the series is by announcement date, as before', async () => {
    const { json } = await call(server.url, 'GET', '/api/v1/series?donor=testland&interval=month');
    expect(json.dates).toBe('announced');
    expect(json.points.map((p: any) => [p.period, p.cumulative.committedMinor])).toEqual([
      ['2024-01', 110_500],
    ]);
  });

  test('a dates= value that is not one of the two is a 400 naming the parameter', async () => {
    const { status, json } = await call(server.url, 'GET', '/api/v1/series?dates=sometimes');
    expect(status).toBe(400);
    expectErrorShape(json);
    expect(json.error.fields).toHaveProperty('dates');
  });

  test('series.csv places the months as the API does', async () => {
    const csv = await (await fetch(`${server.url}/export/series.csv?donor=testland&dates=reached`)).text();
    expect(
      csv
        .split('\r\n')
        .slice(1, 5)
        .map((r) => r.split(',').slice(0, 5)),
    ).toEqual([
      ['2024-01', 'USD', '1000', '0', '0'],
      ['2024-02', 'USD', '1100', '0', '0'],
      ['2024-03', 'USD', '1100', '100', '0'],
      ['2024-05', 'USD', '1100', '100', '100'],
    ]);
  });

  test("the summary carries the headline's delivery progress", async () => {
    const { json } = await call(server.url, 'GET', '/api/v1/summary?donor=testland');
    expect(json.delivery).toEqual({
      disbursed: '105',
      disbursedMinor: 10_500,
      committed: '1105',
      committedMinor: 110_500,
      percent: 9.5,
    });
  });
});
