// The first screen on the seeded articles: headline precision, collapsed zero stages, the claim's
// own card, the pledge page's classification line, and a party page with nothing to show.
import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { arrived, textOf } from '../support/wait';

const ctx = useServerAndBrowser();

describe('the headline on the seeded articles', () => {
  for (const width of [1280, 390]) {
    test(`at ${width} px the committed total keeps the $37M visible: $1.04B`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(ctx.server.url);
      expect(await textOf(page.getByTestId('total-committed'))).toBe('$1.04B');
      expect(await textOf(page.getByTestId('total-allocated'))).toBe('$37M');
      await page.close();
    });
  }

  test('stages with nothing in them share one line instead of $0 cards', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url);
    expect(await textOf(page.getByTestId('zero-stages'))).toBe(
      'Nothing in view yet at: Disbursed · Announced, not yet committed',
    );
    await expect(page.getByTestId('total-disbursed').count()).resolves.toBe(0);
    await page.close();
  });

  test('the reported claim has its own card comparing it with the itemised sum', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url);
    expect(await textOf(page.getByTestId('reported-claim'))).toBe(
      'Reported by Japan: more than $7.0B (2023-09-09) · itemised so far $1.04B · not itemised ≥ $5.96B',
    );
    await page.close();
  });

  test('the claim card follows the filters: none when the view leaves the claim out, kept in a dated range', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/?category=military`);
    // The reported total is filed under "other", so a military view has no claim to compare with.
    await expect(page.getByTestId('reported-claim').count()).resolves.toBe(0);
    await page.goto(`${ctx.server.url}/?currency=USD&to=2024-12-31`);
    expect(await textOf(page.getByTestId('reported-claim'))).toContain('itemised so far $1.04B');
    await page.close();
  });

  test('a party page with no pledges says so in one sentence', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/recipients/japan`);
    expect(await textOf(page.getByTestId('empty-party'))).toBe('Japan has no pledges as recipient.');
    await expect(page.getByTestId('total-committed').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('the pledge page explains its classification', () => {
  test('the drone detection system is allocated, defined beside the quote', async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(ctx.server.url);
    await page.getByRole('link', { name: 'Drone detection system' }).first().click();
    await arrived(page, /\/pledges\/\d+$/, /Drone detection system/);
    expect(await textOf(page.getByTestId('classification'))).toBe(
      'Classified as allocated: earmarked for a specific item or project',
    );
    await page.close();
  });
});
