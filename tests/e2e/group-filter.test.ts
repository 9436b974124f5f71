// The filter bar's "Donor group" select in a real browser: choosing G7 narrows the dashboard's donors
// to the group's members and keeps the other filters, with JavaScript (a pushed address) and without
// (the bar submitted as a plain GET form); on /donors it keeps the ranking's own parameters too.
import { describe, test, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { tempDir } from '../support/temp-db';
import { eventually, hydrated, WAIT_MS } from '../support/wait';
import { importPledgesFile } from '../../db/csv-import/import';

const ctx = useServerAndBrowser({ openDatabase: true });

beforeAll(async () => {
  const file = path.join(tempDir('group-filter-'), 'pledges.csv');
  fs.writeFileSync(
    file,
    [
      'donor,donor_kind,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_quotes',
      'Germany,government,Ukraine,Air defence,military,committed,500000000,USD,2024-03-01,https://example.org/de,We pledge.',
      'Norway,government,Ukraine,Ammunition,military,committed,300000000,USD,2024-02-01,https://example.org/no,We pledge.',
      'European Union,eu_institution,Ukraine,Facility,military,committed,800000000,USD,2024-03-02,https://example.org/eu,We pledge.',
      'Canada,government,Ukraine,Shelters,humanitarian,committed,90000000,USD,2024-04-01,https://example.org/ca,We pledge.',
      '',
    ].join('\n'),
  );
  expect(await importPledgesFile(file)).toMatchObject({ ok: true, created: 4 });
});

/** The donors the dashboard's "By donor" breakdown lists, by name. */
const donorsShown = (page: Page) =>
  page.$$eval('figure[aria-labelledby="by-party-h"] tbody th a', (links) =>
    links.map((a) => a.textContent!.trim()).sort(),
  );

describe('the "Donor group" filter', () => {
  test('lists every peer group with the date its member list describes', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url, { timeout: WAIT_MS });
    const options = await page.getByLabel('Donor group').locator('option').allTextContents();
    expect(options).toEqual([
      'All donors',
      'G7 (members as of 2024-01-01)',
      'EU member states (members as of 2024-01-01)',
      'NATO (members as of 2024-03-07)',
      'Nordic countries (members as of 2024-01-01)',
      'G20 (members as of 2024-01-01)',
    ]);
    await page.close();
  });

  test("choosing G7 narrows the dashboard's donors to its members and keeps the category chosen", async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/?category=military`, { timeout: WAIT_MS });
    expect(await donorsShown(page)).toEqual(['European Union', 'Germany', 'Japan', 'Norway']);
    await hydrated(page.getByLabel('Donor group'));
    await page.getByLabel('Donor group').selectOption({ label: 'G7 (members as of 2024-01-01)' });
    await page.waitForURL(/\/\?category=military&group=g7$/, { timeout: WAIT_MS });
    await eventually(() => donorsShown(page)).toEqual(['Germany', 'Japan']);
    // "All donors" takes the group off again.
    await page.getByLabel('Donor group').selectOption({ label: 'All donors' });
    await page.waitForURL(/\/\?category=military$/, { timeout: WAIT_MS });
    await eventually(() => donorsShown(page)).toEqual(['European Union', 'Germany', 'Japan', 'Norway']);
    await page.close();
  });

  test('without JavaScript, Apply sends the group beside the other filters as a plain GET', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ctx.server.url}/?category=military&sort=amount&dir=asc`, { timeout: WAIT_MS });
    await page.getByLabel('Donor group').selectOption('g7');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/group=g7/, { timeout: WAIT_MS });
    const query = new URL(page.url()).searchParams;
    expect([query.getAll('category'), query.get('sort'), query.get('dir')]).toEqual([
      ['military'],
      'amount',
      'asc',
    ]);
    expect(await donorsShown(page)).toEqual(['Germany', 'Japan']);
    expect(await page.getByLabel('Donor group').inputValue()).toBe('g7');
    await context.close();
  });

  test('on /donors the same select narrows the ranking and keeps its measure', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/donors?measure=allocated`, { timeout: WAIT_MS });
    await hydrated(page.getByLabel('Donor group'));
    await page.getByLabel('Donor group').selectOption('nordic');
    await page.waitForURL(/\/donors\?group=nordic&measure=allocated$/, { timeout: WAIT_MS });
    await page.locator('[data-testid=group-ranking] tr[data-group=nordic]').waitFor({ timeout: WAIT_MS });
    expect(
      await page.$$eval('[data-testid=donor-ranking] tbody tr', (trs) =>
        trs.map((tr) => tr.getAttribute('data-donor')),
      ),
    ).toEqual(['norway']);
    await page.close();
  });
});
