// The chart's switch to "by the date each stage was reached" on the seeded articles, as a reader
// uses it from the keyboard: the URL gains dates=reached and keeps the filters, the chart's table
// alternative places each stage on its own date, and the stages without a date are named.
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { eventually, hydrated, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();

/** The chart's "show data" row for `date`: its committed and allocated cells as the page prints them. */
async function tableRow(page: Page, date: string): Promise<string[]> {
  const row = page.getByTestId('chart-data').locator('tr', { has: page.locator('th', { hasText: date }) });
  return row.locator('td').allTextContents();
}

describe('the chart by the date each stage was reached', () => {
  test('the switch moves the commitments off the axis and keeps the filters', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${ctx.server.url}/?recipient=ukraine`, { timeout: WAIT_MS });
    const details = page.locator('details', { has: page.getByTestId('chart-data') });
    await details.locator('summary').click();
    // By announcement date the $1B and the $37M are committed on 2024-01-07.
    expect((await tableRow(page, '2024-01-07')).slice(0, 2)).toEqual(['$1,037,000,000.00', '$37,000,000.00']);
    expect(await textOf(page.getByTestId('delivery-progress'))).toContain(
      'Disbursed $0 of committed $1.04B (0 %)',
    );

    const reached = page
      .getByTestId('dates-switch')
      .getByRole('link', { name: 'By the date each stage was reached' });
    await hydrated(reached);
    await reached.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?recipient=ukraine&dates=reached#cumulative-h$/, { timeout: WAIT_MS });
    await eventually(() =>
      page.getByTestId('dates-switch').locator('[aria-current="true"]').textContent(),
    ).toBe('By the date each stage was reached');
    // No source dates the commitments: the committed line stays at 0; the allocation is dated 2024-01-07.
    await page
      .locator('details', { has: page.getByTestId('chart-data') })
      .locator('summary')
      .click();
    await eventually(async () => (await tableRow(page, '2024-01-07')).slice(0, 2)).toEqual([
      '$0.00',
      '$37,000,000.00',
    ]);
    expect(await textOf(page.getByTestId('undated-committed'))).toContain('2 commitments without a date');
    await page.getByTestId('undated-committed').locator('summary').click();
    await expect(page.getByTestId('undated-committed').getByRole('link').allTextContents()).resolves.toEqual([
      'Drone detection system',
      'Humanitarian projects and reconstruction',
    ]);
    // The headline is the same on either basis: dates= moves pledges on the axis, never in the totals.
    expect(await textOf(page.getByTestId('total-committed'))).toBe('$1.04B');
    await page.close();
  });
});
