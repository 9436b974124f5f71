import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';

const ctx = useServerAndBrowser();



describe('npm start on a fresh database', () => {
  test('serves the seeded $37M pledge with its source quote', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url);
    await page.getByRole('link', { name: 'Drone detection system' }).first().click();
    await page.waitForURL(/\/pledges\/\d+$/);
    await expect(page.getByTestId('pledge-amount').textContent()).resolves.toBe('$37,000,000.00');
    const quote = await page.locator('blockquote').first().textContent();
    expect(quote).toContain('announced Japan’s allocation of $37 million for a drone detection system');
    await expect(page.getByText('publisher not named').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  test('unknown pledge ids are a 404', async () => {
    expect((await fetch(`${ctx.server.url}/pledges/999999`)).status).toBe(404);
    expect((await fetch(`${ctx.server.url}/pledges/abc`)).status).toBe(404);
  });
});
