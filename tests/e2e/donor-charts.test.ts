// The charts of /donors: a bar of the chosen figure and a labelled scatter of % of GDP against per
// capita, each drawn, each with its table, each saveable as an image.
import { describe, test, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { tempDir } from '../support/temp-db';
import { eventually, hydrated, textOf, WAIT_MS } from '../support/wait';
import { wcagViolations } from '../support/axe';
import { importPledgesFile } from '../../db/csv-import/import';

const ctx = useServerAndBrowser({ openDatabase: true });

beforeAll(async () => {
  const file = path.join(tempDir('charts-'), 'pledges.csv');
  fs.writeFileSync(
    file,
    [
      'donor,donor_kind,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_quotes',
      'Norway,government,Ukraine,Fund,financial,committed,300000000,USD,2024-02-01,https://example.org/no,We pledge.',
      'European Union,eu_institution,Ukraine,Facility,financial,committed,2000000000,USD,2024-03-02,https://example.org/eu,We pledge.',
      '',
    ].join('\n'),
  );
  expect(await importPledgesFile(file)).toMatchObject({ ok: true });
});

const figure = (page: Page, heading: string): Locator =>
  page.locator('figure', { has: page.getByRole('heading', { name: heading }) });
const firstRows = async (table: Locator) =>
  (await table.locator('tbody tr').allTextContents()).map((t) => t.trim());

describe('the charts of /donors', () => {
  test('the bar follows the chosen figure; a donor without it is named, not drawn as 0', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/donors`, { timeout: WAIT_MS });
    const bar = figure(page, 'Committed by donor');
    await bar.locator('.recharts-bar-rectangle').first().waitFor({ state: 'attached', timeout: WAIT_MS });
    expect(await firstRows(bar.getByTestId('bar-table'))).toEqual([
      'European Union$2.0B',
      'Japan$1.04B',
      'Norway$300M',
    ]);
    const select = page.getByTestId('bar-measure');
    await hydrated(select);
    await select.selectOption('pctGdp');
    const pct = figure(page, '% of GDP by donor');
    expect(await textOf(pct.getByText(/^Not drawn/))).toBe('Not drawn, without this figure: European Union.');
    expect(await firstRows(pct.getByTestId('bar-table'))).toEqual([
      'Norway0.062 %',
      'Japan0.025 %',
      'European Union—',
    ]);
    await page.close();
  });

  test('the scatter labels each donor with figures, and both charts save as PNG and SVG', async () => {
    const page = await ctx.browser.newPage({ acceptDownloads: true });
    await page.goto(`${ctx.server.url}/donors`, { timeout: WAIT_MS });
    const scatter = figure(page, '% of GDP against per capita');
    await scatter
      .locator('.recharts-label-list text', { hasText: 'Norway' })
      .waitFor({ state: 'attached', timeout: WAIT_MS });
    expect(await scatter.locator('.recharts-label-list text').allTextContents()).toEqual(
      expect.arrayContaining(['Japan', 'Norway']),
    );
    expect(await firstRows(scatter.getByTestId('scatter-table'))).toEqual([
      'Japan0.025 %$8.33',
      'Norway0.062 %$54.35',
    ]);
    for (const [where, format, name] of [
      [scatter, 'SVG', 'donors-gdp-per-capita-usd.svg'],
      [figure(page, 'Committed by donor'), 'PNG', 'donors-committed-usd.png'],
    ] as const) {
      const button = where.getByRole('button', { name: `Save ${format}` });
      await hydrated(button);
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: WAIT_MS }),
        button.click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      const bytes = fs.readFileSync((await download.path())!);
      if (format === 'PNG') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      else expect(bytes.toString('utf8')).toMatch(/^<svg [^>]*>[\s\S]*Norway[\s\S]*<\/svg>$/);
    }
    await page.close();
  });

  for (const width of [1280, 390]) {
    test(`no axe violations on /donors once its charts are drawn, at ${width} px`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${ctx.server.url}/donors`, { timeout: WAIT_MS });
      await page
        .locator('[data-testid=donor-scatter] .recharts-label-list text')
        .first()
        .waitFor({ state: 'attached', timeout: WAIT_MS });
      await page
        .locator('[data-testid=donor-bar-chart] .recharts-bar-rectangle')
        .first()
        .waitFor({ state: 'attached', timeout: WAIT_MS });
      expect(await wcagViolations(page)).toEqual([]);
      await page.close();
    });
  }

  test('the filter bar narrows the ranking and keeps its measure', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/donors?measure=allocated`, { timeout: WAIT_MS });
    await hydrated(page.locator('input[name="from"]'));
    await page.locator('summary', { hasText: 'Category' }).click();
    await page.locator('details[data-filter="category"]').getByLabel('Humanitarian').check();
    await page.waitForURL(/category=humanitarian/, { timeout: WAIT_MS });
    expect(new URL(page.url()).searchParams.get('measure')).toBe('allocated');
    // Only Japan gave humanitarian aid.
    await eventually(() =>
      page
        .locator('[data-testid=donor-ranking] tbody tr')
        .evaluateAll((trs) => trs.map((t) => t.getAttribute('data-donor'))),
    ).toEqual(['japan']);
    await page.close();
  });
});
