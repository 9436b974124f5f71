// /donors in a real browser against a real server: the seeded Japan's figures, one ranking in the
// page, the API and the CSV after an import of several donors, peer groups and bad parameters.
import { describe, test, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { csvRanks, pageRanks, writeSeveralDonorsCsv } from '../support/donor-ranking';
import { hydrated, textOf, WAIT_MS } from '../support/wait';
import { importPledgesFile } from '../../db/csv-import/import';
import type { RankColumn } from '../../lib/ranking';

const ctx = useServerAndBrowser({ openDatabase: true });

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${ctx.server.url}/donors${query}`, { timeout: WAIT_MS });
  await page.getByRole('heading', { level: 1, name: 'Donors ranked' }).waitFor({ timeout: WAIT_MS });
}

describe('/donors', () => {
  test('the seeded Japan: $1.04B committed, 0.025 % of its 2023 GDP ($4,212,945,159,781), $8.33 per person', async () => {
    const page = await ctx.browser.newPage();
    await open(page, '');
    const japan = page.locator('[data-testid=donor-ranking] tr[data-donor=japan]');
    expect(await textOf(japan.locator('[data-column=committed] a'))).toBe('$1.04B');
    expect(await textOf(japan.locator('[data-column=pctGdp] a'))).toBe('0.025 %');
    expect(await textOf(japan.locator('[data-column=perCapita] a'))).toBe('$8.33');
    expect(await textOf(japan.locator('[data-column=gdpUsed]'))).toBe('2023: $4,212,945,159,781');
    const footnote = await textOf(page.getByTestId('ranking-footnote'));
    expect(footnote).toContain('World Bank, World Development Indicators');
    expect(footnote).toContain('GDP year used: 2023');
    // The committed figure links to the pledges behind it.
    expect(await japan.locator('[data-column=committed] a').getAttribute('href')).toBe(
      '/?donor=japan&stage=committed&stage=allocated&stage=disbursed#pledges-h',
    );
    await page.close();
  });

  describe("after importing several donors' pledges", () => {
    beforeAll(async () => {
      expect(await importPledgesFile(writeSeveralDonorsCsv())).toMatchObject({ ok: true, created: 6 });
    });

    for (const query of ['', '?measure=allocated', '?measure=disbursed', '?gdpYear=2021&sort=pctGdp']) {
      test(`the page, the API and the CSV rank them identically (${query || 'defaults'})`, async () => {
        const page = await ctx.browser.newPage();
        await open(page, query);
        const shown = await pageRanks(page);
        await page.close();
        const api = (await (await fetch(`${ctx.server.url}/api/v1/donors${query}`)).json()) as {
          donors: { slug: string; ranks: Record<RankColumn, number | null> }[];
        };
        const fromCsv = csvRanks(await (await fetch(`${ctx.server.url}/export/donors.csv${query}`)).text());
        expect(Object.keys(shown.ranks).sort()).toEqual([
          'estonia',
          'european-union',
          'germany',
          'japan',
          'norway',
          'poland',
        ]);
        expect(Object.fromEntries(api.donors.map((d) => [d.slug, d.ranks]))).toEqual(shown.ranks);
        expect(fromCsv).toEqual(shown.ranks);
        // The API lists them in the page's order.
        expect(api.donors.map((d) => d.slug)).toEqual(shown.order);
      });
    }

    test('a party without GDP shows "—" with its reason, never 0, and has no rank there', async () => {
      const page = await ctx.browser.newPage();
      await open(page, '');
      const cell = page.locator('tr[data-donor=european-union] [data-column=pctGdp]');
      expect(await textOf(cell)).toBe('— (an EU institution: it has no GDP or population of its own)');
      expect(await cell.getAttribute('data-rank')).toBe('');
      await page.close();
    });

    test('sorting by a column through its header puts the largest first and "—" last', async () => {
      const page = await ctx.browser.newPage();
      await open(page, '');
      await page.getByRole('link', { name: '% of GDP' }).click();
      await page.waitForURL(/sort=pctGdp&dir=desc/, { timeout: WAIT_MS });
      await page.locator('th[aria-sort=descending]', { hasText: '% of GDP' }).waitFor({ timeout: WAIT_MS });
      const { order, ranks } = await pageRanks(page);
      expect(order.map((slug) => ranks[slug].pctGdp)).toEqual([1, 2, 3, 4, 5, null]);
      expect(order.at(-1)).toBe('european-union');
      await page.close();
    });

    test("a peer group keeps its members and adds their sum as the group's row", async () => {
      const page = await ctx.browser.newPage();
      await open(page, '');
      await hydrated(page.getByLabel('Donor group'));
      await page.getByLabel('Donor group').selectOption('g7');
      await page.waitForURL(/group=g7/, { timeout: WAIT_MS });
      await page.locator('[data-testid=group-ranking] tr[data-group=g7]').waitFor({ timeout: WAIT_MS });
      expect((await pageRanks(page)).order.sort()).toEqual(['germany', 'japan']);
      expect(await textOf(page.locator('tr[data-group=g7] td').nth(1))).toBe('$1.74B');
      await page.close();
    });

    test('an unknown group is named in a clear message and changes nothing, on the page and in the API', async () => {
      const page = await ctx.browser.newPage();
      await open(page, '');
      const all = await pageRanks(page);
      await open(page, '?group=g8');
      expect(await textOf(page.getByTestId('filter-problems'))).toContain(
        'group "g8" is not a peer group; use one of g7, eu, nato, nordic, g20',
      );
      expect(await pageRanks(page)).toEqual(all);
      await page.goto(`${ctx.server.url}/?group=g8`);
      expect(await textOf(page.getByTestId('filter-problems'))).toContain('group "g8" is not a peer group');
      await page.close();
      const response = await fetch(`${ctx.server.url}/api/v1/donors?group=g8`);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({
        code: 'invalid_parameter',
        fields: { group: ['group "g8" is not a peer group; use one of g7, eu, nato, nordic, g20'] },
      });
    });
  });
});
