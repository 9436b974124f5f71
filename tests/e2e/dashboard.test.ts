// The dashboard in Chromium on the seeded articles: chart, filters, downloads, budgets, a11y, small screens.
import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { axeViolations } from '../support/axe';
import { AIR_DEFENCE, BAD_QUERY, BAD_QUERY_NAMED, CHART_DOWNLOADS } from '../support/dashboard-fixtures';
import { createPledge } from '../../db/pledges/writes';
import { recordScriptSizes } from '../support/script-sizes';
import { arrived, eventually, hydrated, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser({ openDatabase: true });

/** The chart is drawn in the browser: wait for its SVG before reading or measuring the page. */
const chartDrawn = (page: Page) => page.waitForSelector('.recharts-wrapper svg', { timeout: WAIT_MS });

describe('the dashboard on the seeded articles', () => {
  test('draws the cumulative chart with the $7B marker, filters through the URL, and stays within its JS budget', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const scriptSizes = recordScriptSizes(page);
    await page.goto(ctx.server.url);
    await chartDrawn(page);
    // The marker and the four areas are drawn by the chart after its SVG appears.
    await eventually(() => page.getByTestId('reported-marker').textContent()).toContain(
      'more than $7.0B, 2023-09-09',
    );
    await eventually(() => page.locator('.recharts-area').count()).toBe(4);
    await expect(page.getByTestId('total-committed').textContent()).resolves.toBe('$1.04B');
    await expect(page.getByTestId('total-allocated').textContent()).resolves.toBe('$37M');
    await expect(page.getByTestId('unquantified-count').textContent()).resolves.toBe(
      '2 unquantified in-kind pledges',
    );
    await expect(page.getByTestId('undated-note').textContent()).resolves.toContain(
      '1 pledge has no usable date',
    );
    // What the page needs before the chart (the scripts its HTML loads), and the chart's own chunks
    // fetched after hydration: each within its budget (docs/performance.md).
    const { firstLoad, everything } = await scriptSizes(ctx.server.url);
    expect(firstLoad).toBeGreaterThan(50_000);
    expect(firstLoad).toBeLessThanOrEqual(150 * 1024);
    expect(everything - firstLoad).toBeGreaterThan(0);
    expect(everything - firstLoad).toBeLessThanOrEqual(130 * 1024);

    await hydrated(page.getByLabel('Military'));
    await page.locator('summary', { hasText: 'Category' }).click();
    await page.getByLabel('Military').check();
    await page.waitForURL(/\?category=military$/, { timeout: WAIT_MS });
    await eventually(() => page.getByTestId('total-committed').textContent()).toBe('$37M');
    await eventually(() => page.getByTestId('pledge-table').locator('tbody tr').count()).toBe(2);
    await page.goBack({ timeout: WAIT_MS });
    await page.waitForURL(ctx.server.url + '/', { timeout: WAIT_MS });
    await eventually(() => page.getByTestId('total-committed').textContent()).toBe('$1.04B');
    await eventually(() => page.getByLabel('Military').isChecked()).toBe(false);

    // A shared link opens the same view.
    await page.goto(`${ctx.server.url}/?category=military&currency=EUR`);
    await expect(page.getByTestId('total-committed').textContent()).resolves.toMatch(/^€3\d(\.\d)?M$/);
    await page.close();
  });

  test('saves the chart as SVG and PNG', async () => {
    const page = await ctx.browser.newPage({ acceptDownloads: true });
    await page.goto(ctx.server.url);
    await chartDrawn(page);
    await hydrated(page.getByRole('button', { name: 'Save SVG' }));
    for (const [button, name, magic] of CHART_DOWNLOADS) {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: WAIT_MS }),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const body = fs.readFileSync((await download.path())!, 'latin1');
      expect(body.startsWith(magic)).toBe(true);
      if (name.endsWith('.svg')) expect(body).toContain('more than $7.0B, 2023-09-09');
    }
    await page.close();
  });

  test('bad parameters are named and ignored, never a 500; unknown parties are a 404', async () => {
    const res = await fetch(`${ctx.server.url}/${BAD_QUERY}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const named of BAD_QUERY_NAMED) expect(html).toContain(named);
    expect((await fetch(`${ctx.server.url}/?from=2024-02-01&to=2024-01-01`)).status).toBe(200);
    expect((await fetch(`${ctx.server.url}/donors/atlantis`)).status).toBe(404);
    expect((await fetch(`${ctx.server.url}/recipients/NOT_A_SLUG`)).status).toBe(404);
    const donor = await fetch(`${ctx.server.url}/donors/japan`);
    expect(donor.status).toBe(200);
    expect(await donor.text()).toContain('<title>Japan as donor');
  });

  test('a party page scopes the dashboard', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/recipients/ukraine`);
    await chartDrawn(page);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Ukraine as recipient');
    await expect(page.getByTestId('total-committed').textContent()).resolves.toBe('$1.04B');
    await expect(page.locator('summary', { hasText: 'Recipient' }).count()).resolves.toBe(0);
    await page.close();
  });

  test('no axe violations on the dashboard and a pledge page', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url);
    await chartDrawn(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Drone detection system' }).first().click();
    await arrived(page, /\/pledges\/\d+$/, /Drone detection system/);
    // After a client navigation Next streams the new <title> in a moment after the URL changes.
    await eventually(() => page.title()).toMatch(/^Drone detection system — Japan → Ukraine/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('at 360 px wide every page fits the screen: nothing scrolls sideways but the tables inside their boxes', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', '/donors/japan', '/export', '/api']) {
      await page.goto(`${ctx.server.url}${path}`);
      if (path !== '/export' && path !== '/api') await chartDrawn(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(ctx.server.url);
    await chartDrawn(page);
    const chart = await page.getByTestId('cumulative-chart').boundingBox();
    expect(chart!.width).toBeLessThanOrEqual(360);
    expect(chart!.width).toBeGreaterThan(250);
    await page.close();
  });

  test('a pledge page shows the figure, its conversion, the quote and the source link', async () => {
    // Written through the real verbs into the server's own database file (WAL: another process may write).
    const created = await createPledge(AIR_DEFENCE, { id: null, label: 'e2e' });
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/pledges/${created.id}`);
    await expect(page.getByTestId('pledge-amount').textContent()).resolves.toBe('€1,000,000.00');
    await expect(page.locator('blockquote').first().textContent()).resolves.toContain(
      'Germany commits one million euros for air defence.',
    );
    await expect(page.locator('a[href="https://example.org/statement"]').textContent()).resolves.toBe(
      'Press release',
    );
    await expect(page.getByTestId('fx-rate').textContent()).resolves.toMatch(/^0\.\d+ EUR per US dollar$/);
    await expect(page.getByTestId('fx-date').textContent()).resolves.toBe('2024-03');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${ctx.server.url}/?donor=germany`);
    await expect(page.getByTestId('total-committed').textContent()).resolves.toMatch(/^\$1\.\d{1,2}M$/);
    await page.close();
  });
});
