import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { arrived, textOf } from '../support/wait';

const ctx = useServerAndBrowser();

describe('npm start on a fresh database', () => {
  test('serves the seeded $37M pledge with its source quote', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url);
    await page.getByRole('link', { name: 'Drone detection system' }).first().click();
    await arrived(page, /\/pledges\/\d+$/, /Drone detection system/);
    expect(await textOf(page.getByTestId('pledge-amount'))).toBe('$37,000,000.00');
    const quote = await textOf(page.locator('blockquote').first());
    expect(quote).toContain('announced Japan’s allocation of $37 million for a drone detection system');
    await expect(page.getByText('publisher not named').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  test('unknown pledge ids are a 404', async () => {
    expect((await fetch(`${ctx.server.url}/pledges/999999`)).status).toBe(404);
    expect((await fetch(`${ctx.server.url}/pledges/abc`)).status).toBe(404);
  });
});
