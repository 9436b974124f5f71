// Sessions as a person meets them in real Chromium: the Sign out button ends the session on the
// server, and a sensitive form asks for the password again in place, keeping what was typed.
import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, signedInPage } from '../support/editor-browser';
import { passwordGivenMinutesAgo } from '../support/session-rows';
import { arrived, openReady, textOf, WAIT_MS } from '../support/wait';
import { getUserByEmail } from '../../db/accounts/users';

const ctx = useServerAndBrowser({ openDatabase: true });

describe('sessions in the browser', () => {
  test('after Sign out, a copy of the session cookie taken before no longer opens /editor/settings', async () => {
    const account = addAccount(ctx.server, 'leaving@example.org', 'editor');
    const page = await signedInPage(ctx.browser, ctx.server, account);
    const kept = await page.context().cookies();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/, { timeout: WAIT_MS });
    const other = await ctx.browser.newContext();
    await other.addCookies(kept);
    const copy = await other.newPage();
    await copy.goto(`${ctx.server.url}/editor/settings`);
    await arrived(copy, /\/login\?/, 'Editor sign in');
    await other.close();
    await page.context().close();
  });

  test('creating a token after 15 minutes asks for the password in the same form, keeping the label', async () => {
    const account = addAccount(ctx.server, 'token-maker@example.org', 'editor');
    const page = await signedInPage(ctx.browser, ctx.server, account);
    await passwordGivenMinutesAgo(ctx.server.databaseUrl, (await getUserByEmail(account.email))!.id, 20);
    const create = page.getByRole('button', { name: 'Create token' });
    await openReady(page, `${ctx.server.url}/editor/settings`, create);
    await page.getByLabel(/^What it is for/).fill('newsroom import script');
    await create.click();
    expect(await textOf(page.locator('[data-field-error="reauthPassword"]'))).toContain(
      'over 15 minutes ago',
    );
    expect(await page.getByLabel(/^What it is for/).inputValue()).toBe('newsroom import script');
    await page.getByLabel('Confirm your password').fill('not my password at all');
    await create.click();
    await page
      .locator('[data-field-error="reauthPassword"]', { hasText: 'that is not your password' })
      .waitFor({ timeout: WAIT_MS });
    await page.getByLabel('Confirm your password').fill(account.password);
    await create.click();
    expect(await textOf(page.getByTestId('new-token'))).toMatch(/^apt_/);
    await page
      .getByTestId('token-row')
      .filter({ hasText: 'newsroom import script' })
      .waitFor({ timeout: WAIT_MS });
    await page.context().close();
  });

  test('inviting after 15 minutes asks an admin for the password in the same form, keeping every field', async () => {
    const account = addAccount(ctx.server, 'inviter@example.org', 'admin');
    const page = await signedInPage(ctx.browser, ctx.server, account);
    await passwordGivenMinutesAgo(ctx.server.databaseUrl, (await getUserByEmail(account.email))!.id, 20);
    const create = page.getByRole('button', { name: 'Create account' });
    await openReady(page, `${ctx.server.url}/editor/users`, create);
    const form = page.locator('form', { has: create });
    await form.getByLabel('Email').fill('newcomer@example.org');
    await form.getByLabel(/^Display name \(shown/).fill('Nia Newcomer');
    await form.getByLabel('Initial password (at least 12 characters)').fill('newcomer password 1');
    await form.getByLabel('Role').selectOption('admin');
    await create.click();
    await form.getByLabel('Confirm your password').waitFor({ timeout: WAIT_MS });
    expect(await form.getByLabel('Email').inputValue()).toBe('newcomer@example.org');
    expect(await form.getByLabel('Role').inputValue()).toBe('admin');
    await form.getByLabel('Confirm your password').fill(account.password);
    await create.click();
    await page
      .getByTestId('user-row')
      .filter({ hasText: 'newcomer@example.org' })
      .waitFor({ timeout: WAIT_MS });
    expect((await getUserByEmail('newcomer@example.org'))?.role).toBe('admin');
    await page.context().close();
  });
});
