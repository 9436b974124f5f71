// The editor's path end to end in real Chromium: first-run setup, an editor created with one
// command, a pledge logged with its source, a stale edit refused, and forged writes refused.
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { setupCodeOf } from '../support/server';
import { usersCli } from '../support/editor-browser';
import { signInOnLoginPage } from '../support/cli-editor-sign-in';
import { captureFormPost, replayPost } from '../support/captured-post';
import { arrived, eventually, hydrated, openReady, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();

let pledgeId = 0;
const EDITOR = { email: 'editor@example.org', password: 'editor password 2024' };
const signIn = (page: Page, email: string, password: string) =>
  signInOnLoginPage(page, ctx.server, { email, password });

const saveButton = (page: Page, name: 'Save pledge' | 'Save changes') =>
  page.getByRole('button', { name, exact: true });

describe('editors', () => {
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

  test('an editor created with one command logs a pledge with its source; it shows on the dashboard with its revision', async () => {
    const added = usersCli(
      ctx.server,
      ['add', EDITOR.email, '--role', 'editor', '--name', 'Eda Editor'],
      `${EDITOR.password}\n`,
    );
    expect(added.out).toContain('Created editor editor@example.org');
    const page = await ctx.browser.newPage();
    await signIn(page, EDITOR.email, EDITOR.password);
    await openReady(page, `${ctx.server.url}/editor/pledges/new`, saveButton(page, 'Save pledge'));
    await page.getByLabel('Donor', { exact: true }).fill('Japan');
    await page.getByLabel('Recipient', { exact: true }).fill('Ukraine');
    await page.getByLabel('Title (what it is for)').fill('Demining kits for the Kharkiv region');
    await page.getByLabel('Category').selectOption('military');
    await page.getByLabel('Stage').selectOption('committed');
    await page.getByLabel('Amount', { exact: true }).fill('12,500,000');
    await page.getByLabel('Currency').fill('JPY');
    await page.getByLabel('Announced on').fill('2024-03-05');
    await eventually(() => page.getByTestId('fx-preview').textContent()).toMatch(
      /≈ \$[\d,.]+ \(at [\d.]+ JPY per US dollar, rate of 2024-03/,
    );
    await page.getByRole('button', { name: 'Save pledge' }).click();
    // A quantified pledge without a source is refused beside the sources, and what was typed stays.
    await eventually(() => page.locator('[data-field-error="sources"]').textContent()).toMatch(
      'needs at least one source',
    );
    expect(await page.getByLabel('Amount', { exact: true }).inputValue()).toBe('12,500,000');
    await page.getByLabel('URL').fill('https://example.org/demining-kits');
    await page.getByLabel('Publisher').fill('Example Times');
    await page
      .getByLabel('Quoted sentence supporting the figure')
      .fill('Japan will provide demining kits worth 12.5 million yen.');
    await page.getByRole('button', { name: 'Save pledge' }).click();
    await page.waitForURL(/\/editor\/pledges\/\d+\?saved=created/, { timeout: WAIT_MS });
    const id = Number(new URL(page.url()).pathname.split('/').pop());
    pledgeId = id;
    await page.goto(ctx.server.url);
    await eventually(() =>
      page.getByRole('link', { name: 'Demining kits for the Kharkiv region' }).count(),
    ).toBe(1);
    await page.goto(`${ctx.server.url}/pledges/${id}`);
    await eventually(() => page.getByTestId('revision').first().textContent()).toMatch(
      'Created by Eda Editor',
    );
    await eventually(() => page.locator('blockquote').first().textContent()).toMatch(
      'demining kits worth 12.5 million yen',
    );
    // The editor's own API token: shown once, then listed by prefix only, and revocable.
    await openReady(
      page,
      `${ctx.server.url}/editor/settings`,
      page.getByRole('button', { name: 'Create token' }),
    );
    await page.getByLabel(/What it is for/).fill('newsroom script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await textOf(page.getByTestId('new-token'));
    expect(token).toMatch(/^apt_/);
    const api = await fetch(`${ctx.server.url}/editor/fx?currency=JPY&date=2024-03-05`, {
      redirect: 'manual',
    });
    expect(api.status).toBe(307);
    await page.getByLabel(/^Yes, revoke/).check();
    await page.getByRole('button', { name: 'Revoke' }).click();
    await eventually(() => page.getByTestId('token-row').first().textContent()).toMatch('Revoked');
    await page.reload();
    expect(await page.content()).not.toContain(token!);
    await page.close();
  });

  test('a stale edit shows who changed it and both values; a near-identical new pledge asks first', async () => {
    const context = await ctx.browser.newContext();
    const a = await context.newPage();
    await signIn(a, EDITOR.email, EDITOR.password);
    const b = await context.newPage();
    await openReady(a, `${ctx.server.url}/editor/pledges/${pledgeId}`, saveButton(a, 'Save changes'));
    await openReady(b, `${ctx.server.url}/editor/pledges/${pledgeId}`, saveButton(b, 'Save changes'));
    await a.getByLabel('Title (what it is for)').fill('Demining kits (first correction)');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.waitForURL(/saved=updated/, { timeout: WAIT_MS });
    await b.getByLabel('Title (what it is for)').fill('Demining kits (stale correction)');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await eventually(() => b.getByTestId('conflict').textContent()).toMatch(
      /Changed by Eda Editor at \d{4}-\d\d-\d\d \d\d:\d\d UTC since you opened it/,
    );
    const conflict = await textOf(b.getByTestId('conflict'));
    expect(conflict).toContain('Demining kits (stale correction)');
    expect(conflict).toContain('Demining kits (first correction)');
    const html = await (await fetch(`${ctx.server.url}/pledges/${pledgeId}`)).text();
    expect(html).toContain('Demining kits (first correction)');
    expect(html).not.toContain('stale correction');

    await openReady(a, `${ctx.server.url}/editor/pledges/new`, saveButton(a, 'Save pledge'));
    await a.getByLabel('Donor', { exact: true }).fill('Japan');
    await a.getByLabel('Recipient', { exact: true }).fill('Ukraine');
    await a.getByLabel('Title (what it is for)').fill('Demining kits, second report');
    await a.getByLabel('Category').selectOption('military');
    await a.getByLabel('Amount', { exact: true }).fill('12600000');
    await a.getByLabel('Currency').fill('JPY');
    await a.getByLabel('Announced on').fill('2024-03-20');
    await a.getByLabel('URL').fill('https://example.org/demining-kits-2');
    await a.getByRole('button', { name: 'Save pledge' }).click();
    await eventually(() => a.getByTestId('duplicates').textContent()).toMatch(
      `#${pledgeId} Demining kits (first correction)`,
    );
    await a.getByRole('button', { name: /save anyway/ }).click();
    await a.waitForURL(/saved=created/, { timeout: WAIT_MS });
    await context.close();
  });

  test('forged writes (no session, cross-site, disabled editor) are refused with 403 and change nothing', async () => {
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
