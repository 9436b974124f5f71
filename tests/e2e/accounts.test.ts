// Account administration in real Chromium, one behaviour a test: the invite form empties after a
// created account, disabling and revoking ask first, a reset password is replaced before /editor.
import { describe, test, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { createUser, getUserByEmail } from '../../db/accounts/users';
import { resetPassword } from '../../db/accounts/passwords';

const ctx = useServerAndBrowser({ openDatabase: true });
const ADMIN = { email: 'accounts-admin@example.org', password: 'accounts admin password' };
const T = { timeout: 30_000 };

beforeAll(async () => {
  await createUser({ ...ADMIN, role: 'admin', name: 'Accounts Admin' });
});

async function signIn(page: Page, email: string, password: string, landing = /\/editor$/) {
  await page.goto(`${ctx.server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(landing, T);
}

async function asAdminOnUsers(): Promise<Page> {
  const page = await ctx.browser.newPage();
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto(`${ctx.server.url}/editor/users`);
  return page;
}

describe('account administration', () => {
  test('the invite form is empty again after an account is created', async () => {
    const page = await asAdminOnUsers();
    await page.getByLabel('Email', { exact: true }).fill('invitee@example.org');
    await page.getByLabel(/^Display name \(shown/).fill('Ina Invitee');
    await page.getByLabel('Initial password (at least 12 characters)').fill('invitee password 1');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByTestId('user-row').filter({ hasText: 'invitee@example.org' }).waitFor(T);
    await expect.poll(() => page.getByLabel('Email', { exact: true }).inputValue(), T).toBe('');
    expect(await page.getByLabel(/^Display name \(shown/).inputValue()).toBe('');
    expect((await getUserByEmail('invitee@example.org'))?.name).toBe('Ina Invitee');
    await page.close();
  });

  test('disabling an account asks for confirmation first', async () => {
    await createUser({
      email: 'to-disable@example.org',
      password: 'to disable password',
      role: 'editor',
      name: 'Dee Disable',
    });
    const page = await asAdminOnUsers();
    const row = page.getByTestId('user-row').filter({ hasText: 'to-disable@example.org' });
    await row.getByRole('button', { name: 'Disable' }).click();
    await row.locator('[data-field-error="confirm"]').waitFor(T);
    expect((await getUserByEmail('to-disable@example.org'))?.disabledAt).toBeNull();
    await row.getByLabel('Yes, disable this account').check();
    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByRole('button', { name: 'Enable' }).waitFor(T);
    expect((await getUserByEmail('to-disable@example.org'))?.disabledAt).not.toBeNull();
    await page.close();
  });

  test('a display name made from the e-mail is flagged for review, and the admin saves a better one', async () => {
    await createUser({ email: 'flagged.one@example.org', password: 'flagged password 1', role: 'editor' });
    const page = await asAdminOnUsers();
    const row = page.getByTestId('user-row').filter({ hasText: 'flagged.one@example.org' });
    await row.getByTestId('name-needs-review').waitFor(T);
    const name = row.getByLabel('Display name of flagged.one@example.org');
    expect(await name.inputValue()).toBe('flagged.one');
    await name.fill('Flo Flagged');
    await row.getByRole('button', { name: 'Save name' }).click();
    await expect
      .poll(async () => (await getUserByEmail('flagged.one@example.org'))?.name, T)
      .toBe('Flo Flagged');
    await expect.poll(() => row.getByTestId('name-needs-review').count(), T).toBe(0);
    expect(await name.inputValue()).toBe('Flo Flagged');
    await page.close();
  });

  test('revoking a token asks for confirmation first', async () => {
    const page = await ctx.browser.newPage();
    await signIn(page, ADMIN.email, ADMIN.password);
    await page.goto(`${ctx.server.url}/editor/settings`);
    await page.getByLabel(/What it is for/).fill('confirm me');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('new-token').waitFor(T);
    const row = page.getByTestId('token-row').filter({ hasText: 'confirm me' });
    await row.getByRole('button', { name: 'Revoke' }).click();
    await row.locator('[data-field-error="confirm"]').waitFor(T);
    expect(await row.textContent()).not.toContain('Revoked');
    await row.getByLabel(/^Yes, revoke/).check();
    await row.getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => row.textContent(), T).toMatch('Revoked');
    await page.close();
  });

  test('after an admin resets a password, the account must choose a new one before /editor opens', async () => {
    const user = await createUser({
      email: 'was-reset@example.org',
      password: 'original password',
      role: 'editor',
      name: 'Rita Reset',
    });
    await resetPassword(user.id, 'temporary password 9', { temporary: true });
    const page = await ctx.browser.newPage();
    await signIn(page, 'was-reset@example.org', 'temporary password 9', /\/password$/);
    await page.goto(`${ctx.server.url}/editor/activity`);
    await page.waitForURL(/\/password$/, T);
    await page.getByLabel('Current password').fill('temporary password 9');
    await page.getByLabel('New password (at least 12 characters)').fill('rita own password');
    await page.getByLabel('New password again').fill('rita own password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL(/\/login/, T);
    await signIn(page, 'was-reset@example.org', 'rita own password');
    await page.goto(`${ctx.server.url}/editor/activity`);
    await page.waitForURL(/\/editor\/activity$/, T);
    await page.close();
  });
});
