// A refused pledge is explained in the form's own words: a summary that takes focus and links to
// each bad field, messages that name fields as the page labels them, and a date typed at month
// precision understood as such.
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, apiPledge, savedPledgeId, signedInPage } from '../support/editor-browser';

const ctx = useServerAndBrowser();
const T = { timeout: 30_000 };
let account: { email: string; password: string } | null = null;

async function newPledgePage(): Promise<Page> {
  account ??= addAccount(ctx.server, 'checker@example.org', 'editor');
  const page = await signedInPage(ctx.browser, ctx.server, account);
  await page.goto(`${ctx.server.url}/editor/pledges/new`);
  await page.locator('#donor').fill('Norway');
  await page.locator('#recipient').fill('Moldova');
  await page.locator('#category').selectOption('humanitarian');
  return page;
}

const summary = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^Nothing was saved/ }) });
const fieldError = (page: Page, name: string) => page.locator(`[data-field-error="${name}"]`);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('refusals in the form’s own words', () => {
  test('a refused save moves focus to a summary whose items link to each bad field', async () => {
    const page = await newPledgePage();
    await page.locator('[id="sources.0.url"]').fill('not a web address');
    await page.getByRole('button', { name: 'Save pledge' }).click();
    await summary(page).waitFor(T);
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('[role="alert"]')), T)
      .toBe(true);
    const titleLink = summary(page).getByRole('link', { name: /Title/ });
    expect(await titleLink.getAttribute('href')).toBe('#title');
    expect(
      await summary(page)
        .getByRole('link', { name: /Source 1 URL/ })
        .getAttribute('href'),
    ).toBe('#sources.0.url');
    await titleLink.click();
    await expect.poll(() => focusedId(page), T).toBe('title');
    await page.context().close();
  });

  test('messages name fields as the form labels them, never by their code names', async () => {
    const page = await newPledgePage();
    await page.locator('#title').fill('Field hospital');
    await page.locator('#amount').fill('100');
    await page.locator('#currency').fill('EUR');
    await page.locator('#fxRate').fill('abc');
    await page.locator('#announcedOn').fill('2024-13-40');
    await page.locator('[id="sources.0.url"]').fill('not a web address');
    await page.getByRole('button', { name: 'Save pledge' }).click();
    await fieldError(page, 'fxRate').waitFor(T);
    expect(await fieldError(page, 'fxRate').textContent()).toContain('FX rate');
    expect(await fieldError(page, 'sources.0.url').textContent()).toContain('Source 1 URL');
    expect(await page.getByText('FX rate', { exact: true }).count()).toBeGreaterThan(0);
    const shown = [(await page.locator('form').textContent()) ?? ''];
    // The date is checked once the other fields parse: the corrected form is refused for it alone.
    await page.locator('#fxRate').fill('0.9');
    await page.locator('[id="sources.0.url"]').fill('https://example.org/field-hospital');
    await page.getByRole('button', { name: 'Save pledge' }).click();
    await fieldError(page, 'announcedOn').waitFor(T);
    expect(await fieldError(page, 'announcedOn').textContent()).toContain('Announced on');
    shown.push((await page.locator('form').textContent()) ?? '');
    for (const text of shown) expect(text).not.toMatch(/announcedOn|fxRate|sources\.\d/);
    await page.context().close();
  });

  test('an amount of 0 is refused with the way to record an unquantified pledge', async () => {
    const page = await newPledgePage();
    await page.locator('#title').fill('Blankets');
    await page.locator('#amount').fill('0');
    await page.locator('#announcedOn').fill('2024-02-03');
    await page.locator('[id="sources.0.publisher"]').fill('Ministry');
    await page.getByRole('button', { name: 'Save pledge' }).click();
    await fieldError(page, 'amount').waitFor(T);
    expect(await fieldError(page, 'amount').textContent()).toMatch(
      /leave Amount empty for an unquantified in-kind pledge/,
    );
    await page.context().close();
  });

  test('typing 2024-02 in Announced on means month precision, 2024 means year, and the month is stored', async () => {
    const page = await newPledgePage();
    await page.locator('#title').fill('Generators');
    await page.locator('#announcedOn').fill('2024');
    expect(await page.locator('#datePrecision').inputValue()).toBe('year');
    await page.locator('#announcedOn').fill('2024-02');
    expect(await page.locator('#datePrecision').inputValue()).toBe('month');
    await page.locator('[id="sources.0.publisher"]').fill('Ministry');
    await page.getByRole('button', { name: 'Save pledge' }).click();
    await page.waitForURL(/\/editor\/pledges\/\d+\?saved=created/, T);
    const stored = await apiPledge(ctx.server, savedPledgeId(page));
    expect([stored.announcedOn, stored.datePrecision]).toEqual(['2024-02-01', 'month']);
    await page.context().close();
  });
});
