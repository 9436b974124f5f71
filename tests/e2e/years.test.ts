// Support per year in real Chromium against the production server, on the seeded pledges: the
// dashboard's link carries its filters to /years, whose chart draws from its own chunk; an editor
// sets Japan's fiscal year to start in April and /years then counts Japan's pledges by FY2023.
import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, signedInPage } from '../support/editor-browser';
import { arrived, openReady, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser({ openDatabase: true });
const WAIT = { timeout: WAIT_MS };

describe('support per year', () => {
  test("the dashboard's link keeps its filters; the table counts the undated pledge apart; the chart draws", async () => {
    const page = await ctx.browser.newPage();
    await openReady(page, `${ctx.server.url}/?donor=japan`, page.getByTestId('years-link'));
    await page.getByTestId('years-link').click();
    await arrived(page, /\/years\?donor=japan$/, 'Support per year');
    expect(await textOf(page.getByTestId('year-row').first().locator('th'))).toBe('2024');
    expect(await textOf(page.getByTestId('years-unplaced'))).toMatch(/^1 pledge without a year: /);
    await page.getByTestId('years-chart').waitFor(WAIT);
    await page.close();
  });

  test("a donor's page has its support per year; the basis switch stays on the page", async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/donors/japan?category=humanitarian`, WAIT);
    await page.getByRole('link', { name: 'Calendar years' }).click();
    await page.waitForURL(/\/donors\/japan\?category=humanitarian&basis=calendar#years-h$/, WAIT);
    expect(await textOf(page.getByTestId('years-table'))).toContain('2024');
    await page.close();
  });

  test("an editor sets Japan's fiscal year to April: /years counts its pledges by fiscal year", async () => {
    const editor = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'fy@example.org', 'editor'),
    );
    const form = editor.getByTestId('fiscal-year-form-japan');
    await openReady(editor, `${ctx.server.url}/editor/parties`, form.getByRole('button', { name: 'Save' }));
    await form.getByLabel('Fiscal year starts in (Japan)').selectOption('4');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('status').waitFor(WAIT);
    expect(await textOf(form.getByRole('status'))).toBe("Saved: Japan's fiscal year starts in April.");
    await editor.goto(`${ctx.server.url}/years?donor=japan`, WAIT);
    expect(await textOf(editor.getByTestId('year-row').first().locator('th'))).toBe(
      'FY2023Apr 2023 – Mar 2024',
    );
    await editor.close();
  });
});
