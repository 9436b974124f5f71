// Sources are records of their own: a correction made while editing one pledge reaches every
// pledge that cites the document, and a known URL shows what is stored for the editor to confirm.
import { describe, test, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { addEditor, editorPage, type Editor } from '../support/editor-session';
import { createPledge, updatePledge } from '../../db/pledges/writes';

const ctx = useServerAndBrowser({ openDatabase: true });
const T = { timeout: 30_000 };
const actor = { id: null, label: 'source test' };
let editor: Editor;

async function pledgeCiting(title: string, source: Record<string, string>): Promise<number> {
  return (
    await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title,
        category: 'humanitarian',
        stage: 'committed',
        amount: '3000000',
        currency: 'USD',
        announcedOn: '2024-04-02',
        sources: [{ ...source, quote: `${title}: three million dollars.` }],
      },
      actor,
    )
  ).id;
}

beforeAll(async () => {
  editor = await addEditor('Sora');
});

async function historyOf(page: Page, id: number): Promise<string> {
  await page.goto(`${ctx.server.url}/pledges/${id}`);
  const newest = page.getByTestId('revision').first();
  await newest.waitFor(T);
  return (await newest.textContent()) ?? '';
}

describe('source corrections', () => {
  test('a publisher corrected on one pledge shows on the public page and in the history of each citing pledge', async () => {
    const url = 'https://example.org/shared-statement';
    const first = await pledgeCiting('Water pumps for Mykolaiv', {
      url,
      publisher: 'Exampel Tmes',
      title: 'Joint statement',
    });
    const second = await pledgeCiting('Boilers for Mykolaiv', {
      url,
      publisher: 'Exampel Tmes',
      title: 'Joint statement',
    });
    const page = await editorPage(ctx, ctx.browser, editor);
    await page.goto(`${ctx.server.url}/editor/pledges/${first}`);
    await page.getByText('Used by 2 pledges').waitFor(T);
    await page.getByLabel('Publisher').fill('Example Times');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(/saved=updated/, T);
    for (const id of [first, second]) {
      const history = await historyOf(page, id);
      expect(history).toContain('Exampel Tmes');
      expect(history).toContain('Example Times');
      const sources = await page
        .getByRole('heading', { name: /^Sources/ })
        .locator('..')
        .textContent();
      expect(sources).toContain('Example Times');
      expect(sources).not.toContain('Exampel Tmes');
    }
    expect(await historyOf(page, second)).toContain(`source corrected while editing pledge #${first}`);
    await page.context().close();
  });

  test('a new pledge citing a known URL shows the stored publisher, title and date, pre-filled', async () => {
    const url = 'https://example.org/stored-release';
    await pledgeCiting('Ambulances for Sumy', {
      url,
      publisher: 'Ministry of Foreign Affairs',
      title: 'Press release 41',
      publishedOn: '2024-03-28',
    });
    const page = await editorPage(ctx, ctx.browser, editor);
    await page.goto(`${ctx.server.url}/editor/pledges/new`);
    await page.getByLabel('URL').fill(url);
    await page.getByLabel('URL').blur();
    await page.getByText('Stored source: pre-filled').waitFor(T);
    expect(await page.getByLabel('Publisher').inputValue()).toBe('Ministry of Foreign Affairs');
    expect(await page.getByLabel('Source 1 title', { exact: true }).inputValue()).toBe('Press release 41');
    expect(await page.getByLabel('Source 1 published on').inputValue()).toBe('2024-03-28');
    await page.getByText('Used by 1 pledge').waitFor(T);
    await page.context().close();
  });
});

describe('public history', () => {
  test('reads each change by its label and as the page shows the value', async () => {
    const created = await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Reconstruction loan',
        category: 'reconstruction',
        stage: 'announced',
        amount: '15000000000',
        currency: 'JPY',
        announcedOn: '2024-02-19',
        sources: [{ url: 'https://example.org/loan', publisher: 'Ministry', quote: 'Fifteen billion yen.' }],
      },
      actor,
    );
    await updatePledge({
      id: created.id,
      patch: { amount: '15500000000', stage: 'committed' },
      expectedVersion: created.version,
      actor,
      reason: 'final figure',
    });
    const page = await ctx.browser.newPage();
    const history = await historyOf(page, created.id);
    expect(history).toMatch(/Amount\s*¥15,000,000,000\s*¥15,500,000,000/);
    expect(history).toMatch(/Stage\s*Announced\s*Committed/);
    expect(history).not.toMatch(/amountUsd|15000000000|\bstage\b/);
    await page.close();
  });
});
