// /search in Chromium against a real server: the header's link, the form, marked matches in any
// script, title matches first, links to the pledge, retracted pledges absent, any query a 200.
import { describe, test, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { useServerAndBrowser } from '../support/e2e';
import { WAIT_MS, arrived, eventually, textOf } from '../support/wait';
import { createPledge, retractPledge } from '../../db/pledges/writes';

const ctx = useServerAndBrowser({ openDatabase: true });
const actor = { id: null, label: 'search test' };
const source = [
  {
    url: null,
    publisher: 'Ukrinform',
    title: 'Wire report',
    quote: 'Японія передасть Україні обладнання для розмінування.',
  },
];

beforeAll(async () => {
  await createPledge(
    {
      donor: 'Японія',
      recipient: 'Україна',
      title: 'Обладнання для розмінування',
      category: 'humanitarian',
      stage: 'committed',
      announcedOn: '2024-02-01',
      sources: source,
    },
    actor,
  );
  await createPledge(
    {
      donor: '日本',
      recipient: 'Ukraine',
      title: '地雷除去支援',
      category: 'humanitarian',
      stage: 'committed',
      announcedOn: '2024-03-01',
      sources: [
        { url: null, publisher: 'NHK', title: '報道', quote: '日本政府は地雷除去の支援を決定した。' },
      ],
    },
    actor,
  );
  const wrong = await createPledge(
    {
      donor: 'Japan',
      recipient: 'Ukraine',
      title: 'Quokka shelters',
      category: 'other',
      stage: 'announced',
      announcedOn: '2024-03-02',
      sources: [{ url: null, publisher: 'Kyodo', title: 'Wire', quote: 'A mistaken record.' }],
    },
    actor,
  );
  await retractPledge({
    id: wrong.id,
    input: { reason: 'not a pledge' },
    expectedVersion: wrong.version,
    actor,
  });
});

const hitTitles = (page: import('playwright-core').Page) =>
  page.getByTestId('search-hit').locator('a').allTextContents();

describe('public search', () => {
  test('from the header: a title match first, the words marked, a link to the pledge', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url, { timeout: WAIT_MS });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await arrived(page, /\/search$/, 'Search pledges');
    await page.getByLabel('Words to find').fill('drone');
    await page.getByLabel('Words to find').press('Enter');
    await page.waitForURL(/\/search\?q=drone$/, { timeout: WAIT_MS });
    expect(await textOf(page.getByTestId('search-count'))).toBe('2 pledges match “drone”');
    expect(await hitTitles(page)).toEqual([
      'Drone detection system',
      'Generators to help Ukraine endure another winter',
    ]);
    expect(await page.getByTestId('search-hit').first().locator('a mark').allTextContents()).toEqual([
      'Drone',
    ]);
    await page.getByTestId('search-hit').first().locator('a').click();
    await arrived(page, /\/pledges\/\d+$/, /Drone detection system/);
    await page.close();
  });

  test('names in Cyrillic and CJK, and the words of a quote', async () => {
    const page = await ctx.browser.newPage();
    for (const [q, title, mark] of [
      ['японія', 'Обладнання для розмінування', 'Японія'],
      ['地雷除去', '地雷除去支援', '地雷除去'],
      ['日本', '地雷除去支援', '日本'],
      ['nonlethal Kyiv', 'Non-lethal defense equipment', 'nonlethal'],
    ]) {
      await page.goto(`${ctx.server.url}/search?q=${encodeURIComponent(q)}`, { timeout: WAIT_MS });
      await page.getByTestId('search-count').waitFor({ timeout: WAIT_MS });
      expect(await hitTitles(page)).toContain(title);
      await eventually(() => page.locator('[data-testid="search-hit"] mark').allTextContents()).toContain(
        mark,
      );
    }
    await page.close();
  });

  test('a retracted pledge is not found', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/search?q=Quokka`, { timeout: WAIT_MS });
    expect(await textOf(page.getByTestId('search-count'))).toBe('No pledges match “Quokka”');
    await page.close();
  });

  test('hostile queries answer 200 with the query shown as text', async () => {
    const fixed = ['"', 'NEAR(a b)', 'drone*', '<script>alert(1)</script>', '%', '\u0000', 'x'.repeat(5000)];
    const random = fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), 40);
    const encoded = [...fixed, ...random].map((q) => encodeURIComponent(q.toWellFormed()));
    // Percent-escapes that are not UTF-8, a bare "%", and the parameter given twice.
    for (const query of [...encoded, '%ED%A0%80', '%FF%FE', '%', '%%41', 'a&q=b']) {
      const res = await fetch(`${ctx.server.url}/search?q=${query}`);
      expect(res.status, query).toBe(200);
      expect(await res.text()).not.toContain('<script>alert(1)</script>');
    }
  });
});
