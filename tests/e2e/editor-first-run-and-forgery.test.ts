// The editor's doors end to end in real Chromium: a logged-out visitor is sent to sign in, first-run
// setup creates the admin (and then closes), the admin invites an editor, and forged writes (no
// session, cross-site, a disabled editor) are refused with 403 and change nothing.
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { setupCodeOf } from '../support/server';
import { usersCli } from '../support/editor-browser';
import { signInOnLoginPage } from '../support/cli-editor-sign-in';
import { captureFormPost, replayPost } from '../support/captured-post';
import { arrived, eventually, hydrated, openReady, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();

const EDITOR = { email: 'editor@example.org', password: 'editor password 2024' };
const signIn = (page: Page, email: string, password: string) =>
  signInOnLoginPage(page, ctx.server, { email, password });

describe("the editor's doors", () => {
  test('a logged-out visitor is sent to /login; first run creates the admin, then /setup closes', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(`${ctx.server.url}/editor/activity`);
    await arrived(page, /\/login\?/, 'Editor sign in');
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe('/editor/activity');
    await page.getByRole('link', { name: 'Create the first admin account' }).click();
    await arrived(page, /\/setup$/, 'Create the first admin');
    await hydrated(page.getByRole('button', { name: 'Create admin account' }));
    // The one-time code npm start printed on the console, as the operator copies it from there.
    await page.getByLabel(/^Setup code/).fill(setupCodeOf(ctx.server));
    await page.getByLabel('Email').fill('admin@example.org');
    await page.getByLabel(/^Display name \(shown/).fill('Ada Admin');
    await page.getByLabel('Password (at least 12 characters)').fill('admin password 2024');
    await page.getByLabel('Password again').fill('admin password 2025');
    await page.getByRole('button', { name: 'Create admin account' }).click();
    expect(await textOf(page.locator('[data-field-error="confirm"]'))).toContain('not the same');
    expect(await page.getByLabel('Email').inputValue()).toBe('admin@example.org');
    await page.getByLabel('Password again').fill('admin password 2024');
    await page.getByRole('button', { name: 'Create admin account' }).click();
    await page.waitForURL(/\/login\?setup=done/, { timeout: WAIT_MS });
    expect((await fetch(`${ctx.server.url}/setup`)).status).toBe(404);
    await signIn(page, 'admin@example.org', 'admin password 2024');
    expect(await textOf(page.getByTestId('signed-in-as'))).toBe('admin@example.org');
    // Admins invite editors with an initial password; a bad one is refused beside its field.
    await page.getByRole('link', { name: 'Users' }).click();
    await arrived(page, /\/editor\/users$/, 'Users');
    await hydrated(page.getByRole('button', { name: 'Create account' }));
    await page.getByLabel('Email').fill('invited@example.org');
    await page.getByLabel(/^Display name \(shown/).fill('Ivo Invited');
    await page.getByLabel('Initial password (at least 12 characters)').fill('too short');
    await page.getByRole('button', { name: 'Create account' }).click();
    await eventually(() => page.locator('[data-field-error="password"]').textContent()).toMatch(
      'at least 12 characters',
    );
    await page.getByLabel('Initial password (at least 12 characters)').fill('invited password 1');
    await page.getByRole('button', { name: 'Create account' }).click();
    await eventually(() =>
      page.getByTestId('user-row').filter({ hasText: 'invited@example.org' }).count(),
    ).toBe(1);
    await page.close();
  });

  test('forged writes (no session, cross-site, disabled editor) are refused with 403 and change nothing', async () => {
    const added = usersCli(
      ctx.server,
      ['add', EDITOR.email, '--role', 'editor', '--name', 'Eda Editor'],
      `${EDITOR.password}\n`,
    );
    expect(added.status).toBe(0);
    // A seeded pledge: the one the first page of the API lists.
    const pledgeId = (await (await fetch(`${ctx.server.url}/api/v1/pledges?limit=1`)).json()).data[0].id;
    const context = await ctx.browser.newContext();
    const page = await context.newPage();
    await signIn(page, EDITOR.email, EDITOR.password);
    await openReady(
      page,
      `${ctx.server.url}/editor/pledges/${pledgeId}`,
      page.getByRole('button', { name: 'Retract pledge' }),
    );
    // Capture the real retract request the form sends, without letting it reach the server.
    const request = await captureFormPost(page, '**/editor/pledges/*', async () => {
      await page.getByLabel('Reason (required, shown publicly)').fill('Forged retraction');
      await page.getByRole('button', { name: 'Retract pledge' }).click();
    });
    const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const replay = (headers: Record<string, string>, body?: BodyInit) => replayPost(request, headers, body);
    const { cookie: _c, ...withoutCookie } = request.headers;
    expect((await replay(withoutCookie)).status).toBe(403);
    expect(
      (
        await replay({
          ...request.headers,
          cookie,
          origin: 'https://attacker.example',
          'sec-fetch-site': 'cross-site',
        })
      ).status,
    ).toBe(403);
    // The same request with the live session reaches the action (a blank reason: refused, nothing written),
    // so the 403s above come from the checks, not from a malformed replay.
    const blankReason = new TextEncoder().encode(
      request.body.toString('latin1').replace('Forged retraction', ''),
    );
    const valid = await replay({ ...request.headers, cookie }, blankReason);
    expect(valid.status).toBe(200);
    expect(await valid.text()).toContain('Reason is required');
    expect(usersCli(ctx.server, ['disable', EDITOR.email]).status).toBe(0);
    expect((await replay({ ...request.headers, cookie })).status).toBe(403);
    const html = await (await fetch(`${ctx.server.url}/pledges/${pledgeId}`)).text();
    expect(html).not.toContain('Forged retraction');
    expect(html).not.toContain('Retracted</strong>');
    // The session of the disabled editor is gone on the next page load too.
    await page.unroute('**/editor/pledges/*');
    await page.goto(`${ctx.server.url}/editor`);
    await arrived(page, /\/login\?/, 'Editor sign in');
    await context.close();
  });
});
