// The sign-in form never puts a password in a URL: before its scripts run (or without JavaScript)
// the browser cannot submit it as a GET, which would leave the password in logs and history.
import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();

describe('the sign-in form', () => {
  test('without JavaScript, pressing Enter does not send the password in the URL', async () => {
    const context = await ctx.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${ctx.server.url}/login`, { timeout: WAIT_MS });
    await page.getByLabel('Email').fill('someone@example.org');
    await page.getByLabel('Password').fill('a secret password here');
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('heading', { name: 'Editor sign in' }).waitFor({ timeout: WAIT_MS });
    expect(requests.filter((u) => u.includes('secret') || u.includes('password='))).toEqual([]);
    expect(page.url()).not.toContain('secret');
    await context.close();
  });

  test('says so after a password change ended the sessions', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/login?notice=password-changed`, { timeout: WAIT_MS });
    await page
      .getByRole('status')
      .filter({ hasText: 'Your password was changed' })
      .waitFor({ timeout: WAIT_MS });
    await page.close();
  });
});
