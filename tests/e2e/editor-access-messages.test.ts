// Being refused inside the editor is explained: a page that needs the admin role says so inside
// the editor's own layout, and an editor whose session ended mid-edit learns why on /login.
import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, signedInPage, usersCli } from '../support/editor-browser';
import { getUserByEmail, setUserRole } from '../../db/accounts/users';

const ctx = useServerAndBrowser({ openDatabase: true });
const T = { timeout: 30_000 };

describe('refusals inside the editor', () => {
  test('an editor opening the admin-only Users page gets a 403 in the editor layout naming the role needed', async () => {
    const page = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'plain@example.org', 'editor'),
    );
    const res = await page.goto(`${ctx.server.url}/editor/users`);
    expect(res?.status()).toBe(403);
    await page.getByRole('navigation', { name: 'Editor' }).waitFor(T);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toMatch(/needs the admin role/);
    expect(text).toMatch(/your account has the editor role/);
    await page.context().close();
  });

  test('an editor disabled mid-edit is told on /login that the account was disabled', async () => {
    const page = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'gone@example.org', 'editor'),
    );
    await page.goto(`${ctx.server.url}/editor/pledges/new`);
    await page.locator('#title').fill('Half-typed pledge');
    expect(usersCli(ctx.server, ['disable', 'gone@example.org']).status).toBe(0);
    await page.getByRole('navigation', { name: 'Editor' }).getByRole('link', { name: 'Pledges' }).click();
    await page.waitForURL(/\/login/, T);
    const notice = page.getByRole('status').filter({ hasText: /signed out/ });
    await notice.waitFor(T);
    expect(await notice.textContent()).toMatch(/account was disabled/);
    await page.context().close();
  });

  test('an editor whose role changed mid-edit is told on /login to sign in again with the new role', async () => {
    const page = await signedInPage(
      ctx.browser,
      ctx.server,
      addAccount(ctx.server, 'promoted@example.org', 'editor'),
    );
    await page.goto(`${ctx.server.url}/editor/pledges/new`);
    await setUserRole((await getUserByEmail('promoted@example.org'))!.id, 'admin');
    await page.reload();
    await page.waitForURL(/\/login/, T);
    const notice = page.getByRole('status').filter({ hasText: /signed out/ });
    await notice.waitFor(T);
    expect(await notice.textContent()).toMatch(/role changed from editor to admin/);
    await page.context().close();
  });
});
