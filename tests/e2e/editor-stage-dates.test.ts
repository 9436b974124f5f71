// The stage dates on the editor's pledge form, in real Chromium: a commitment dated before the
// announcement is refused beside its field with every other choice kept (the stage select
// included: React 19 resets forms after an action), the corrected save stores it, and the API
// and the public page give it at its precision.
import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, apiPledge, savedPledgeId, signedInPage } from '../support/editor-browser';

const ctx = useServerAndBrowser();
const T = { timeout: 30_000 };

describe('stage dates on the pledge form', () => {
  test('a refused commitment date is corrected and saved at month precision', async () => {
    const page = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'dates@example.org', 'editor'),
    );
    await page.goto(`${ctx.server.url}/editor/pledges/new`);
    await page.locator('#donor').fill('Norway');
    await page.locator('#recipient').fill('Moldova');
    await page.locator('#title').fill('Energy grid repairs');
    await page.locator('#category').selectOption('reconstruction');
    await page.locator('#stage').selectOption('allocated');
    await page.locator('#amount').fill('5000000');
    await page.locator('#announcedOn').fill('2024-06-10');
    await page.locator('#committedOn').fill('2024-05');
    await page.locator('#periodStart').fill('2024');
    await page.locator('#periodEnd').fill('2026');
    await page.locator('[id="sources.0.url"]').fill('https://example.org/grid-repairs');
    await page.getByRole('button', { name: 'Save pledge' }).click();

    const error = page.locator('[data-field-error="committedOn"]');
    await error.waitFor(T);
    expect(await error.textContent()).toBe('Committed on (2024-05) is before Announced on (2024-06-10)');
    expect(await page.locator('#stage').inputValue()).toBe('allocated');
    expect(await page.locator('#category').inputValue()).toBe('reconstruction');
    expect(await page.locator('#periodEnd').inputValue()).toBe('2026');

    await page.locator('#committedOn').fill('2024-06');
    await page.getByRole('button', { name: 'Save pledge' }).click();
    await page.waitForURL(/\/editor\/pledges\/\d+\?saved=created/, T);
    const saved = await apiPledge(ctx.server, savedPledgeId(page));
    expect([saved.stage, saved.committedOn, saved.allocatedOn, saved.periodStart, saved.periodEnd]).toEqual([
      'allocated',
      '2024-06',
      null,
      '2024',
      '2026',
    ]);

    await page.goto(`${ctx.server.url}/pledges/${saved.id}`);
    const committed = page
      .locator('dt', { hasText: /^Committed$/ })
      .locator('xpath=following-sibling::dd[1]');
    await committed.waitFor(T);
    expect(await committed.textContent()).toBe('2024-06');
    expect(
      await page
        .locator('dt', { hasText: /^Allocated$/ })
        .locator('xpath=following-sibling::dd[1]')
        .textContent(),
    ).toBe('date unknown');
    expect(
      await page
        .locator('dt', { hasText: /^Period$/ })
        .locator('xpath=following-sibling::dd[1]')
        .textContent(),
    ).toBe('2024 – 2026');
    await page.context().close();
  });
});
