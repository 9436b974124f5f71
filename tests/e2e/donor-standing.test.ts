// A donor's page says where it stands among donors — % of GDP, per capita, ranks — and how its rank
// compares with the pledges announced before a date chosen on the page.
import { describe, test, expect } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { useServerAndBrowser } from '../support/e2e';
import { tempDir } from '../support/temp-db';
import { textOf, WAIT_MS } from '../support/wait';
import { importPledgesFile } from '../../db/csv-import/import';

const ctx = useServerAndBrowser({ openDatabase: true });

async function importRows(rows: string[]): Promise<void> {
  const file = path.join(tempDir('standing-'), 'pledges.csv');
  fs.writeFileSync(
    file,
    [
      'donor,donor_kind,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_quotes',
      ...rows,
      '',
    ].join('\n'),
  );
  expect(await importPledgesFile(file)).toMatchObject({ ok: true });
}

describe("a donor's standing on its page", () => {
  test('the seeded Japan: 0.025 % of its 2023 GDP, $8.33 per person, first of one donor', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/donors/japan`, { timeout: WAIT_MS });
    expect(await textOf(page.getByTestId('standing-gdp'))).toBe(
      '$1.04B committed = 0.025 % of GDP (2023: $4,212,945,159,781), $8.33 per person (2023 population).',
    );
    expect(await textOf(page.locator('[data-testid=standing-ranks] [data-column=committed]'))).toBe(
      'Rank on committed: #1',
    );
    await page.close();
  });

  test('after a larger donor arrives, the rank counting pledges announced before a chosen date shows 1 → 2', async () => {
    await importRows([
      'Germany,government,Ukraine,Air defence,military,committed,2000000000,USD,2024-03-01,https://example.org/de,We pledge.',
      'European Union,eu_institution,Ukraine,Facility,financial,committed,100000000,USD,2024-03-02,https://example.org/eu,We pledge.',
    ]);
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/donors/japan?category=humanitarian`, { timeout: WAIT_MS });
    const since = page.getByLabel('Compare with pledges announced before');
    await since.waitFor({ timeout: WAIT_MS });
    await since.fill('2024-02-01');
    await page.getByRole('button', { name: 'Compare' }).click();
    // The page's filters are kept beside the date.
    await page.waitForURL(/category=humanitarian&since=2024-02-01/, { timeout: WAIT_MS });
    await page.goto(`${ctx.server.url}/donors/japan?since=2024-02-01`, { timeout: WAIT_MS });
    expect(await textOf(page.getByTestId('rank-change-committed'))).toBe(
      ' (rank 1 → 2 counting pledges announced before 2024-02-01)',
    );
    await page.goto(`${ctx.server.url}/donors/germany?since=2024-02-01`, { timeout: WAIT_MS });
    expect(await textOf(page.getByTestId('rank-change-committed'))).toBe(
      ' (rank — → 1 counting pledges announced before 2024-02-01)',
    );
    await page.close();
  });

  test('a donor without GDP shows "—" with its reason', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/donors/european-union`, { timeout: WAIT_MS });
    expect(await textOf(page.getByTestId('standing-gdp'))).toBe(
      '% of GDP and per capita: — (an EU institution: it has no GDP or population of its own)',
    );
    expect(await textOf(page.locator('[data-testid=standing-ranks] [data-column=pctGdp]'))).toBe(
      'Rank on % of GDP: —',
    );
    await page.close();
  });
});
