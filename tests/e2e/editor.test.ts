// The editor's path end to end in real Chromium: an editor created with one command logs a pledge
// with its source, and a stale edit is refused (first-run setup and forged writes:
// tests/e2e/editor-first-run-and-forgery.test.ts).
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { usersCli } from '../support/editor-browser';
import { signInOnLoginPage } from '../support/cli-editor-sign-in';
import { eventually, openReady, textOf, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();

let pledgeId = 0;
const EDITOR = { email: 'editor@example.org', password: 'editor password 2024' };
const signIn = (page: Page, email: string, password: string) =>
  signInOnLoginPage(page, ctx.server, { email, password });

const saveButton = (page: Page, name: 'Save pledge' | 'Save changes') =>
  page.getByRole('button', { name, exact: true });

describe('editors', () => {
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
});
