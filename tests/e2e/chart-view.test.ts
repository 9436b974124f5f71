// The cumulative chart as a reader meets it: an axis that fits the itemised steps, the far claim
// clipped at the top edge with its label, a title and saved image naming the filters, and no
// unnamed Tab stops.
import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { eventually, hydrated, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser({ openDatabase: true });
const chartDrawn = (page: Page) =>
  page.waitForSelector('.recharts-wrapper svg .recharts-area', { state: 'attached', timeout: WAIT_MS });

/** The y-axis tick labels, parsed back to billions. */
async function yTicksInBillions(page: Page): Promise<number[]> {
  const texts = await page.locator('.recharts-yAxis .recharts-cartesian-axis-tick-value').allTextContents();
  return texts.map((t) => {
    const n = Number(t.replace(/[^\d.]/g, ''));
    return t.endsWith('B') ? n : t.endsWith('M') ? n / 1000 : n / 1e9;
  });
}

describe('the cumulative chart', () => {
  for (const width of [1280, 390]) {
    test(`at ${width} px the axis fits the $1.04B steps and the $7B claim is clipped at the top with its label`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(ctx.server.url);
      await chartDrawn(page);
      await page.getByTestId('reported-marker').waitFor({ timeout: WAIT_MS });
      expect(Math.max(...(await yTicksInBillions(page)))).toBeLessThan(2);
      expect(await textOf(page.getByTestId('reported-marker'))).toContain('more than $7.0B, 2023-09-09');
      await expect(page.getByTestId('reported-marker').getAttribute('data-clipped')).resolves.toBe('true');
      // The label stays inside the chart's box on a phone too.
      const chart = (await page.getByTestId('cumulative-chart').boundingBox())!;
      const label = (await page.getByTestId('reported-marker').locator('text').first().boundingBox())!;
      expect(label.x).toBeGreaterThanOrEqual(chart.x - 1);
      expect(label.x + label.width).toBeLessThanOrEqual(chart.x + chart.width + 1);
      expect(label.y).toBeGreaterThanOrEqual(chart.y - 1);
      await page.close();
    });
  }

  test('the title and the saved image name the filters and the data date', async () => {
    const page = await ctx.browser.newPage({ acceptDownloads: true });
    await page.goto(`${ctx.server.url}/?donor=japan&recipient=ukraine&category=military&currency=EUR`);
    await chartDrawn(page);
    expect(await textOf(page.locator('#cumulative-h'))).toBe(
      'Cumulative support — Japan → Ukraine, military, EUR',
    );
    await hydrated(page.getByRole('button', { name: 'Save SVG' }));
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: WAIT_MS }),
      page.getByRole('button', { name: 'Save SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cumulative-support-japan-ukraine-military-eur.svg');
    const body = fs.readFileSync((await download.path())!, 'utf8');
    expect(body).toContain('Cumulative support — Japan → Ukraine, military, EUR');
    expect(body).toMatch(/Aid Pledge Tracker · data as of \d{4}-\d{2}-\d{2}/);
    await page.close();
  });

  test('Tab goes from the save buttons past the chart, not into its unnamed layer groups', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url);
    await chartDrawn(page);
    await hydrated(page.getByRole('button', { name: 'Save SVG' }));
    await page.getByRole('button', { name: 'Save SVG' }).focus();
    await page.keyboard.press('Tab');
    await eventually(() =>
      page.evaluate(() =>
        document.activeElement?.closest('.recharts-wrapper') ? 'inside the chart' : 'past it',
      ),
    ).toBe('past it');
    await page.close();
  });

  // Last in the file: it adds a second claim to the server's database.
  test('the labels of two claims a few weeks apart do not overlap', async () => {
    const { createPledge } = await import('../../db/pledges/writes');
    await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Total aid (a later report)',
        category: 'other',
        stage: 'disbursed',
        kind: 'reported_total',
        isLowerBound: true,
        amount: '6500000000',
        currency: 'USD',
        announcedOn: '2023-10-01',
        sources: [
          {
            url: 'https://example.org/later',
            publisher: 'Test',
            title: 'Later report',
            publishedOn: '2023-10-01',
            quote: 'More than $6.5 billion.',
          },
        ],
      },
      { id: null, label: 'e2e' },
    );
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(ctx.server.url);
    await chartDrawn(page);
    await eventually(() => page.getByTestId('reported-marker').count()).toBe(2);
    const boxes = await page.getByTestId('reported-marker').evaluateAll((markers) =>
      markers.flatMap((m) =>
        [...m.querySelectorAll('text')].map((t) => {
          const r = t.getBoundingClientRect();
          return { m: markers.indexOf(m), x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      ),
    );
    const overlaps = boxes.filter((a) =>
      boxes.some(
        (b) => a.m !== b.m && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h,
      ),
    );
    expect(overlaps).toEqual([]);
    await page.close();
  });
});
