// The donor page, the summary export and the API's summary against the real server: the page shows
// the delivery figures, and summary.csv's delivery columns and the API carry exactly the same ones.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { RunningServer } from '../support/server';
import { startApiServer, call } from './api-support';
import { EXPECTED, writeDeliveryFixture } from './delivery-fixture';
import { minorToDecimal } from '../../lib/money';

let server: RunningServer;
let page: string;
let csv: Record<string, string>[];

/** The attributes of the first tag in `html` that carries `marker` (`data-category="military"`). */
function attributesOf(html: string, marker: string): Record<string, string> {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} in the page`);
  const tag = html.slice(html.lastIndexOf('<', at), html.indexOf('>', at));
  return Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}
const textOf = (html: string, testId: string) =>
  attributesOf(html, `data-testid="${testId}"`) &&
  html
    .slice(html.indexOf('>', html.indexOf(`data-testid="${testId}"`)) + 1)
    .split(/<\/(p|li|a)>/)[0]
    .replace(/<[^>]+>/g, '')
    .replace(/<!-- -->/g, '');
const usd = (minor: string) => minorToDecimal(Number(minor), 'USD');

beforeAll(async () => {
  server = await startApiServer();
  await writeDeliveryFixture();
  page = await (await fetch(`${server.url}/donors/freedonia`)).text();
  const file = await (await fetch(`${server.url}/export/summary.csv?donor=freedonia`)).text();
  csv = parse(file, { columns: true }) as Record<string, string>[];
});
afterAll(async () => {
  await server?.stop();
});

describe('delivery progress over HTTP', () => {
  test('the donor page says disbursed of committed, the cancelled figure and the median', async () => {
    expect(textOf(page, 'donor-delivery-overall')).toBe(
      'Disbursed $480 of committed $1.33K (36.1 %); $40 cancelled (1 pledge), out of the totals.',
    );
    expect(textOf(page, 'donor-delivery-median')).toBe(
      'median 30 days from announcement to disbursement, over 3 pledges with both dates; 1 pledge dated only to the month or year is left out.',
    );
  });

  test("summary.csv's delivery columns are the page's figures, row by row and for the donor", async () => {
    expect(csv.map((r) => r.category)).toEqual(['financial', 'humanitarian', 'military']);
    for (const row of csv) {
      const shown = attributesOf(page, `data-category="${row.category}"`);
      expect([row.committed, row.disbursed, row.delivery_share_percent, row.cancelled]).toEqual([
        usd(shown['data-committed']),
        usd(shown['data-disbursed']),
        shown['data-share'],
        usd(shown['data-cancelled']),
      ]);
      expect([row.median_days_to_disbursement, row.median_pledge_count]).toEqual([
        shown['data-median-days'],
        shown['data-median-pledges'],
      ]);
      const overall = attributesOf(page, 'data-testid="donor-delivery-overall"');
      expect([
        row.donor_committed,
        row.donor_disbursed,
        row.donor_delivery_share_percent,
        row.donor_cancelled,
      ]).toEqual([
        usd(overall['data-committed']),
        usd(overall['data-disbursed']),
        overall['data-share'],
        usd(overall['data-cancelled']),
      ]);
      expect([row.donor_median_days_to_disbursement, row.donor_median_pledge_count]).toEqual([
        overall['data-median-days'],
        overall['data-median-pledges'],
      ]);
    }
    const military = csv.find((r) => r.category === 'military')!;
    expect([
      military.committed,
      military.delivery_share_percent,
      military.cancelled,
      military.median_days_to_disbursement,
    ]).toEqual(['300', '50', '40', '35']);
  });

  test("the API's summary carries each donor's delivery, as the page shows it", async () => {
    const { json } = await call(server.url, 'GET', '/api/v1/summary?donor=freedonia');
    const { overall, median } = EXPECTED.freedonia;
    expect(json.donors).toEqual([
      {
        donor: 'freedonia',
        donorName: 'Freedonia',
        delivery: {
          committed: '1330',
          committedMinor: overall.committed,
          disbursed: '480',
          disbursedMinor: overall.disbursed,
          percent: overall.percent,
          cancelled: '40',
          cancelledMinor: overall.cancelled,
          cancelledCount: 1,
          medianDaysToDisbursement: median.days,
          medianPledgeCount: median.pledges,
          medianCoarseCount: median.coarse,
        },
      },
    ]);
    expect(json.rows.find((r: { category: string }) => r.category === 'military').delivery).toMatchObject({
      percent: 50,
      medianDaysToDisbursement: 35,
    });
  });

  test('the link under the chart opens a list of exactly the pledges it counts', async () => {
    const dashboard = await (await fetch(`${server.url}/?donor=freedonia&dates=reached`)).text();
    const link = attributesOf(dashboard, 'data-testid="undated-link"');
    const href = link.href.replaceAll('&amp;', '&');
    expect(href).toBe('/pledges/undated?donor=freedonia&dates=reached');
    expect(textOf(dashboard, 'undated-link')).toBe('See all 7 in one list');
    const list = await (await fetch(`${server.url}${href}`)).text();
    expect(textOf(list, 'undated-total')).toMatch(/^7 pledges counted in a total with no date/);
    expect([...list.matchAll(/<tr[^>]* data-id="/g)]).toHaveLength(7);
  });
});
