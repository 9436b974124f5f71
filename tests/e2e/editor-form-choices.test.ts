// Every choice an editor makes on a form survives a refused save, a duplicate warning and a
// resubmit: what is on screen is what gets stored. React resets a <form action> after each submit
// and does not put controlled selects back (app/editor/_lib/use-form-action.ts), so each path is
// driven in Chromium.
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, savedPledgeId, signedInPage } from '../support/editor-browser';
import { expectChoicesShown, expectChoicesStored, fillEverything } from '../support/pledge-form-choices';
import { createPledge } from '../../db/pledges/writes';

const ctx = useServerAndBrowser({ openDatabase: true });
const T = { timeout: 30_000 };

const saveButton = (page: Page) => page.getByRole('button', { name: 'Save pledge' });
const titleError = (page: Page) => page.locator('[data-field-error="title"]');

describe('choices across a refused save', () => {
  test('a save refused for a missing title keeps every select and checkbox as chosen', async () => {
    const page = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'keep@example.org', 'editor'),
    );
    await fillEverything(page, ctx.server, 'Keepland Fund', 'Keepland Relief', true);
    await saveButton(page).click();
    await titleError(page).waitFor(T);
    await expectChoicesShown(page, true);
    await page.context().close();
  });

  test('after the title is fixed, the resubmitted pledge is stored with every chosen value', async () => {
    const page = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'resubmit@example.org', 'editor'),
    );
    await fillEverything(page, ctx.server, 'Resubmit Fund', 'Resubmit Relief', true);
    await saveButton(page).click();
    await titleError(page).waitFor(T);
    await page.locator('#title').fill('Winter shelters, resubmitted');
    await saveButton(page).click();
    await page.waitForURL(/\/editor\/pledges\/\d+\?saved=created/, T);
    await expectChoicesStored(ctx.server, savedPledgeId(page), 'multilateral');
    await page.context().close();
  });

  test('"save anyway" on the duplicate warning stores every chosen value', async () => {
    await createPledge(
      {
        donor: 'Twin Fund',
        recipient: 'Twin Relief',
        title: 'Winter shelters (first report)',
        category: 'humanitarian',
        stage: 'committed',
        amount: '4000000',
        currency: 'EUR',
        fxRate: 0.92,
        announcedOn: '2024-02-10',
        sources: [{ publisher: 'Ministry', title: 'Statement' }],
      },
      { id: null, label: 'test arrangement' },
    );
    const page = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'twin@example.org', 'editor'),
    );
    await fillEverything(page, ctx.server, 'Twin Fund', 'Twin Relief', false);
    await page.locator('#title').fill('Winter shelters (second report)');
    await saveButton(page).click();
    await page.getByTestId('duplicates').waitFor(T);
    await expectChoicesShown(page, false);
    await page.getByRole('button', { name: 'It is a different pledge — save anyway' }).click();
    await page.waitForURL(/\/editor\/pledges\/\d+\?saved=created/, T);
    await expectChoicesStored(ctx.server, savedPledgeId(page));
    await page.context().close();
  });

  test('the invite form keeps the chosen Role after a refused invite and creates the account with it', async () => {
    const page = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'boss@example.org', 'admin'),
    );
    await page.goto(`${ctx.server.url}/editor/users`);
    const form = page.locator('form').filter({ hasText: 'Invite an editor' });
    await form.locator('#email').fill('second.admin@example.org');
    await form.locator('#name').fill('Second Admin');
    await form.locator('#password').fill('too short');
    await form.locator('#role').selectOption('admin');
    await form.getByRole('button', { name: 'Create account' }).click();
    await form.locator('[data-field-error="password"]').waitFor(T);
    expect(await form.locator('#role').inputValue()).toBe('admin');
    await form.locator('#password').fill('second admin password');
    await form.getByRole('button', { name: 'Create account' }).click();
    const row = page.getByTestId('user-row').filter({ hasText: 'second.admin@example.org' });
    await row.waitFor(T);
    expect(await row.locator('select').inputValue()).toBe('admin');
    await page.context().close();
  });
});
