// "Download this view" on the dashboard and the party pages: the CSV is the export of exactly the
// rows in view, the image is the chart as drawn, and the header's Export link keeps the filters.
import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { arrived, hydrated, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();
const csvLink = (page: Page) =>
  page.getByRole('group', { name: 'Download this view' }).getByRole('link', { name: 'CSV', exact: true });

async function csvRows(page: Page): Promise<Record<string, string>[]> {
  const href = (await csvLink(page).getAttribute('href', { timeout: WAIT_MS }))!;
  expect(href).toMatch(/^\/export\/pledges\.csv(\?|$)/);
  const res = await fetch(new URL(href, ctx.server.url));
  expect(res.status).toBe(200);
  return parse(await res.text(), { columns: true });
}

describe('download this view', () => {
  for (const width of [1280, 390]) {
    test(`at ${width} px the dashboard's CSV holds only the rows the filters keep`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${ctx.server.url}/?category=military`);
      const rows = await csvRows(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.category !== 'military')).toEqual([]);
      // Without the filter the same link carries more: the filter is what narrowed it.
      await page.goto(ctx.server.url);
      expect((await csvRows(page)).length).toBeGreaterThan(rows.length);
      await page.close();
    });

    test(`at ${width} px a donor's page downloads its own rows, and its image names the filters`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
      await page.goto(`${ctx.server.url}/donors/japan?category=humanitarian`);
      const rows = await csvRows(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.donor !== 'Japan' || r.category !== 'humanitarian')).toEqual([]);
      const png = page
        .getByRole('group', { name: 'Download this view' })
        .getByRole('button', { name: 'Save PNG' });
      await page.waitForSelector('.recharts-wrapper svg .recharts-area', {
        state: 'attached',
        timeout: WAIT_MS,
      });
      await hydrated(png);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: WAIT_MS }),
        png.click(),
      ]);
      expect(download.suggestedFilename()).toBe('cumulative-support-japan-humanitarian-usd.png');
      expect(
        fs
          .readFileSync((await download.path())!)
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      await page.close();
    });

    test(`at ${width} px a recipient's page downloads its own rows`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${ctx.server.url}/recipients/ukraine?stage=committed`);
      const rows = await csvRows(page);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.filter((r) => r.recipient !== 'Ukraine' || r.stage !== 'committed')).toEqual([]);
      await page.close();
    });
  }

  test('a view with no dated pledges still offers its CSV, holding no rows', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/?from=2030-01-01`);
    await expect(csvLink(page).getAttribute('href')).resolves.toBe('/export/pledges.csv?from=2030-01-01');
    expect(await csvRows(page)).toEqual([]);
    await page.close();
  });

  test("the header's Export link keeps the dashboard's filters and a party page's own", async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/?category=military&currency=EUR`);
    const exportLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Export' });
    await hydrated(exportLink);
    await expect(exportLink.getAttribute('href')).resolves.toBe('/export?category=military&currency=EUR');
    await exportLink.click();
    await arrived(page, /\/export\?category=military/, 'Export CSV');
    await expect(page.getByTestId('export-pledges').getAttribute('href')).resolves.toBe(
      '/export/pledges.csv?category=military&currency=EUR',
    );
    await page.goto(`${ctx.server.url}/donors/japan?stage=committed`);
    await hydrated(exportLink);
    await expect(exportLink.getAttribute('href')).resolves.toBe('/export?donor=japan&stage=committed');
    await page.close();
  });
});
