// An editor records that a committed pledge was disbursed, in real Chromium against the production
// server: a date before the announcement is refused beside the field, with everything typed (the
// chosen stage included) still there; the corrected step is saved and the public page and its
// history show it.
import { describe, test, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, signedInPage } from '../support/editor-browser';
import { openReady, WAIT_MS } from '../support/wait';
import { createPledge } from '../../db/pledges/writes';

const ctx = useServerAndBrowser({ openDatabase: true });
const WAIT = { timeout: WAIT_MS };
const actor = { id: null, label: 'arranged by the test' };
let page: Page;

beforeAll(async () => {
  page = await signedInPage(
    ctx.browser,
    ctx.server,
    addAccount(ctx.server, 'progress@example.org', 'editor'),
  );
});

describe('recording progress', () => {
  test('a refused step keeps what was typed; the corrected one moves the pledge and shows in its history', async () => {
    const p = await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Budget support tranche',
        category: 'financial',
        stage: 'committed',
        amount: '2000000',
        currency: 'USD',
        announcedOn: '2024-02-01',
        sources: [
          {
            url: 'https://example.org/progress-pledge',
            publisher: 'Ministry',
            quote: 'Japan will provide USD 2 million.',
          },
        ],
      },
      actor,
    );
    await openReady(
      page,
      `${ctx.server.url}/editor/pledges/${p.id}`,
      page.getByRole('button', { name: 'Record progress' }),
    );
    const form = page.getByTestId('progress-form');
    await form.getByLabel('Reached').selectOption('disbursed');
    await form.getByLabel('Disbursed on').fill('2024-01');
    await form.getByLabel('Web address of the source').fill('https://example.org/progress-paid');
    await form.getByLabel('Published by').fill('Ministry of Finance');
    await form.getByLabel('Quoted sentence that says so').fill('The full USD 2 million has been paid.');
    await form.getByRole('button', { name: 'Record progress' }).click();

    const error = form.locator('[data-field-error="progress-date"]');
    await error.waitFor(WAIT);
    expect(await error.textContent()).toBe('Disbursed on (2024-01) is before Announced on (2024-02-01)');
    expect(await form.getByLabel('Reached').inputValue()).toBe('disbursed');
    expect(await form.getByLabel('Quoted sentence that says so').inputValue()).toBe(
      'The full USD 2 million has been paid.',
    );
    expect(await form.getByLabel('Web address of the source').inputValue()).toBe(
      'https://example.org/progress-paid',
    );

    await form.getByLabel('Disbursed on').fill('2024-06-15');
    await form.getByRole('button', { name: 'Record progress' }).click();
    await page.waitForURL(/saved=progress/, WAIT);

    await openReady(page, `${ctx.server.url}/pledges/${p.id}`, page.getByTestId('revision').first());
    expect(
      await page
        .locator('dt', { hasText: /^Disbursed$/ })
        .locator('xpath=following-sibling::dd[1]')
        .textContent(),
    ).toBe('2024-06-15');
    expect(
      await page
        .locator('dt', { hasText: /^Stage$/ })
        .locator('xpath=following-sibling::dd[1]')
        .textContent(),
    ).toBe('Disbursed');
    const latest = page.getByTestId('revision').first();
    expect(await latest.textContent()).toMatch(/Recorded progress: disbursed \(disbursed on 2024-06-15\)/);
    expect(await latest.textContent()).toContain('Disbursed on');
    expect(await page.textContent('body')).toContain('The full USD 2 million has been paid.');
  });

  test('cancelling a pledge says so on its public page, with the date and the quote', async () => {
    const p = await createPledge(
      {
        donor: 'Japan',
        recipient: 'Ukraine',
        title: 'Bridge repairs',
        category: 'reconstruction',
        stage: 'allocated',
        amount: '500000',
        currency: 'USD',
        announcedOn: '2024-03-01',
        sources: [
          {
            url: 'https://example.org/progress-bridge',
            publisher: 'Ministry',
            quote: 'Japan allocates USD 500,000.',
          },
        ],
      },
      actor,
    );
    await openReady(
      page,
      `${ctx.server.url}/editor/pledges/${p.id}`,
      page.getByRole('button', { name: 'Record progress' }),
    );
    const form = page.getByTestId('progress-form');
    expect(await form.getByLabel('Reached').locator('option').allTextContents()).toEqual([
      'Disbursed',
      'Cancelled',
    ]);
    await form.getByLabel('Reached').selectOption('cancelled');
    await form.getByLabel('Cancelled on').fill('2024-10');
    await form.getByLabel('Published by').fill('Ministry of Foreign Affairs');
    await form.getByLabel('Quoted sentence that says so').fill('The bridge project has been withdrawn.');
    await form.getByRole('button', { name: 'Record progress' }).click();
    await page.waitForURL(/saved=progress/, WAIT);
    expect(await page.getByTestId('progress-form').count()).toBe(0);

    await openReady(page, `${ctx.server.url}/pledges/${p.id}`, page.getByRole('note'));
    expect(await page.getByRole('note').textContent()).toMatch(/Cancelled by the donor \(2024-10\)/);
    expect(await page.textContent('body')).toContain('The bridge project has been withdrawn.');
  });
});
