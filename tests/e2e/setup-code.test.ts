// First run in real Chromium: /setup makes the first admin only with the one-time code that
// `npm start` printed on the server's console; without it, or with a wrong one, nothing is created.
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { setupCodeOf } from '../support/server';
import { arrived, openReady, textOf, WAIT_MS } from '../support/wait';
import { countUsers } from '../../db/accounts/users';

const ctx = useServerAndBrowser({ openDatabase: true });
const CODE_LABEL = /^Setup code/;

async function fillAccount(page: Page) {
  await page.getByLabel('Email').fill('first@example.org');
  await page.getByLabel(/^Display name \(shown/).fill('Fay First');
  await page.getByLabel('Password (at least 12 characters)').fill('first admin password');
  await page.getByLabel('Password again').fill('first admin password');
}

describe('first-run setup code', () => {
  test('without the code, or with a wrong one, /setup says so beside the field and creates nothing', async () => {
    const page = await ctx.browser.newPage();
    const create = page.getByRole('button', { name: 'Create admin account' });
    await openReady(page, `${ctx.server.url}/setup`, create);
    await fillAccount(page);
    await create.click();
    expect(await textOf(page.locator('[data-field-error="setupCode"]'))).toContain('Setup code is missing');
    expect(await countUsers()).toBe(0);
    await page.getByLabel(CODE_LABEL).fill('AAAA-BBBB-CCCC');
    await create.click();
    await page
      .locator('[data-field-error="setupCode"]', { hasText: 'not the one the server printed' })
      .waitFor({ timeout: WAIT_MS });
    expect(await countUsers()).toBe(0);
    // What the person typed is still there for the next try.
    expect(await page.getByLabel('Email').inputValue()).toBe('first@example.org');
    await page.close();
  });

  test('the code the server printed creates the admin; afterwards /setup is gone', async () => {
    const page = await ctx.browser.newPage();
    const create = page.getByRole('button', { name: 'Create admin account' });
    await openReady(page, `${ctx.server.url}/setup`, create);
    await page.getByLabel(CODE_LABEL).fill(setupCodeOf(ctx.server).toLowerCase());
    await fillAccount(page);
    await create.click();
    await arrived(page, /\/login\?setup=done/, 'Editor sign in');
    expect(await countUsers()).toBe(1);
    expect((await fetch(`${ctx.server.url}/setup`)).status).toBe(404);
    await page.close();
  });
});
