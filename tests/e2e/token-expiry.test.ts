// Choosing a token's expiry in real Chromium: a refused date keeps what the person chose (the
// select and the date), the corrected date creates the token, and its row shows the expiry.
import { describe, test, expect, beforeAll } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { signedInPage } from '../support/editor-browser';
import { createUser } from '../../db/accounts/users';
import { textOf } from '../support/wait';

const ctx = useServerAndBrowser({ openDatabase: true });
const EDITOR = { email: 'expiry-editor@example.org', password: 'expiry editor password' };
const T = { timeout: 30_000 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  await createUser({ ...EDITOR, role: 'editor', name: 'Expiry Editor' });
});

describe('token expiry', () => {
  test('a past expiry date is refused beside its field, keeping the choice; the corrected one creates the token', async () => {
    const page = await signedInPage(ctx.browser, ctx.server, EDITOR);
    await page.goto(`${ctx.server.url}/editor/settings`);
    await page.getByLabel(/What it is for/).fill('dated script');
    await page.getByLabel('Expires').selectOption('date');
    await page.getByLabel('Expiry date').fill(day(-2));
    await page.getByRole('button', { name: 'Create token' }).click();
    const error = page.locator('[data-field-error="expiresOn"]');
    await error.waitFor(T);
    expect(await textOf(error)).toContain('Expiry date must be today or later');
    expect(await page.getByLabel('Expires').inputValue()).toBe('date');
    expect(await page.getByLabel('Expiry date').inputValue()).toBe(day(-2));
    expect(await page.getByLabel(/What it is for/).inputValue()).toBe('dated script');
    expect(await page.getByTestId('token-row').count()).toBe(0);
    await page.getByLabel('Expiry date').fill(day(10));
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('new-token').waitFor(T);
    const row = page.getByTestId('token-row').filter({ hasText: 'dated script' });
    await expect.poll(() => row.getByTestId('token-expires').textContent(), T).toBe(`${day(10)} 23:59 UTC`);
    await page.context().close();
  });
});
