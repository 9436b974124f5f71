// The chart's read-out for people who do not hover with a mouse: a tap on a phone keeps it until
// the next tap, and the keyboard reaches it as one Tab stop whose arrow keys step through the
// dates, each step announced to screen readers.
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { eventually, hydrated, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();
const readout = (page: Page) => page.getByTestId('chart-readout');
const live = (page: Page) => page.locator('[data-testid="cumulative-chart"] [aria-live="polite"]');

/** The chart's own data table: each row's date and its figures as the page writes them. */
async function tableRows(page: Page): Promise<string[][]> {
  return page
    .locator('figure[aria-labelledby="cumulative-h"] table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
}

async function openChart(page: Page): Promise<void> {
  await page.goto(ctx.server.url);
  await page.waitForSelector('.recharts-wrapper svg .recharts-area', { state: 'attached', timeout: WAIT_MS });
  await hydrated(page.getByRole('button', { name: 'Save SVG' }));
}

/** Lets the page finish handling the events of a tap (and render what they changed). */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe('the chart read-out', () => {
  test('on a 390 px phone a tap shows the read-out and it stays until the next tap', async () => {
    const context = await ctx.browser.newContext({
      viewport: { width: 390, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await openChart(page);
    const rows = await tableRows(page);
    // A tap lands where the finger is: bring the chart on screen first, as the reader scrolls to it.
    await page.getByTestId('chart-plot').scrollIntoViewIfNeeded();
    const plot = (await page.getByTestId('chart-plot').boundingBox())!;
    await page.touchscreen.tap(plot.x + 1, plot.y + plot.height / 2);
    await settled(page);
    expect(await textOf(readout(page))).toContain(rows[0][0]);
    // The finger has lifted and the page has handled that: the read-out is still there.
    await settled(page);
    await expect(readout(page).isVisible()).resolves.toBe(true);
    // The next tap, halfway along, moves it to the date in force there.
    await page.touchscreen.tap(plot.x + plot.width / 2, plot.y + plot.height / 2);
    await eventually(async () => {
      const text = (await readout(page).textContent()) ?? '';
      return rows.findIndex((r) => text.includes(r[0]));
    }).toBeGreaterThan(0);
    await settled(page);
    await expect(readout(page).isVisible()).resolves.toBe(true);
    await context.close();
  });

  for (const width of [1280, 390]) {
    test(`at ${width} px Tab reaches the chart once and the arrow keys step through the dates, announced`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await openChart(page);
      const rows = await tableRows(page);
      expect(rows.length).toBeGreaterThan(2);
      await page.getByRole('button', { name: 'Save SVG' }).focus();
      await page.keyboard.press('Tab');
      const focused = () =>
        page.evaluate(
          () => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName,
        );
      await eventually(focused).toBe('chart-plot');
      await expect(page.getByTestId('chart-plot').getAttribute('aria-label')).resolves.toMatch(/arrow keys/i);
      const announced = async (row: string[]) => {
        await eventually(() => live(page).textContent()).toContain(row[0]);
        const text = (await live(page).textContent())!;
        for (const value of row.slice(1)) expect(text).toContain(value);
        expect(await textOf(readout(page))).toContain(row[0]);
      };
      await page.keyboard.press('Home');
      await announced(rows[0]);
      await page.keyboard.press('ArrowRight');
      await announced(rows[1]);
      await page.keyboard.press('End');
      await announced(rows.at(-1)!);
      await page.keyboard.press('ArrowLeft');
      await announced(rows.at(-2)!);
      // One stop: the next Tab leaves the chart.
      await page.keyboard.press('Tab');
      await eventually(
        async () =>
          (await focused()) !== 'chart-plot' &&
          !(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="cumulative-chart"]'))),
      ).toBe(true);
      await page.close();
    });
  }
});
