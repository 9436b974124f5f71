// Every editor page, and the pages around signing in, has no WCAG 2.1 AA violation once React has
// taken it over, at desktop and phone widths.
import { describe, test, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, signedInPage } from '../support/editor-browser';
import { hydrated, WAIT_MS } from '../support/wait';
import { wcagViolations } from '../support/axe';

const ctx = useServerAndBrowser();
const WIDTHS = [1280, 390];

async function violationsOn(page: Page, path: string): Promise<string[]> {
  await page.goto(ctx.server.url + path, { timeout: WAIT_MS });
  await page.locator('main h1').waitFor({ state: 'visible', timeout: WAIT_MS });
  await hydrated(page.locator('header nav a').first());
  await hydrated(page.locator('main :is(button, input:not([type="hidden"]), select, textarea, a)').first());
  return wcagViolations(page);
}

describe('accessibility of the editor', () => {
  // First in the file: /setup exists only while there is no account.
  for (const width of WIDTHS) {
    test(`at ${width} px /setup and /login have no violations`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      for (const path of ['/setup', '/login']) expect(await violationsOn(page, path), path).toEqual([]);
      await page.close();
    });
  }

  for (const width of WIDTHS) {
    test(`at ${width} px every editor page has no violations`, async () => {
      const admin = addAccount(ctx.server, `axe-${width}@example.org`, 'admin');
      const page = await signedInPage(ctx.browser, ctx.server, admin, width);
      const list = (await (await fetch(`${ctx.server.url}/api/v1/pledges`)).json()) as {
        data: { id: number }[];
      };
      const paths = [
        '/editor',
        '/editor/pledges/new',
        `/editor/pledges/${list.data[0].id}`,
        '/editor/import',
        '/editor/settings',
        '/editor/users',
        '/editor/tokens',
        '/editor/audit',
        '/editor/activity',
        '/password',
      ];
      const found: Record<string, string[]> = {};
      for (const path of paths) {
        found[path] = await violationsOn(page, path);
        expect(new URL(page.url()).pathname).toBe(path);
      }
      expect(found).toEqual(Object.fromEntries(paths.map((p) => [p, []])));
      await page.context().close();
    });
  }

  for (const width of WIDTHS) {
    test(`at ${width} px a refused sign-in, a refused pledge and an import report have no violations`, async () => {
      const signedOut = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await violationsOn(signedOut, '/login');
      await signedOut.getByLabel('Email').fill('nobody@example.org');
      await signedOut.getByLabel('Password').fill('not the password');
      await signedOut.getByRole('button', { name: 'Sign in' }).click();
      await signedOut.locator('main [role="alert"]').waitFor({ timeout: WAIT_MS });
      expect(await wcagViolations(signedOut), 'refused sign-in').toEqual([]);
      await signedOut.close();

      const page = await signedInPage(
        ctx.browser,
        ctx.server,
        addAccount(ctx.server, `axe-forms-${width}@example.org`, 'editor'),
        width,
      );
      await violationsOn(page, '/editor/pledges/new');
      await page.getByRole('button', { name: 'Save pledge' }).click();
      await page.getByTestId('error-summary').waitFor({ timeout: WAIT_MS });
      expect(await wcagViolations(page), 'refused pledge').toEqual([]);

      // The seeded export with one row broken: the report lists changes and a refused row.
      const csv = await (await fetch(`${ctx.server.url}/export/pledges.csv`)).text();
      const lines = csv.trimEnd().split('\n');
      lines[1] = lines[1]
        .replace(',military,', ',not-a-category,')
        .replace(',humanitarian,', ',not-a-category,');
      await violationsOn(page, '/editor/import');
      await page
        .locator('input[type="file"]')
        .setInputFiles({ name: 'pledges.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
      await page.getByRole('button', { name: 'Check (dry run)' }).click();
      await page
        .getByTestId('check-form')
        .locator('[role="alert"], [role="status"]')
        .first()
        .waitFor({ timeout: WAIT_MS });
      expect(await wcagViolations(page), 'import report').toEqual([]);
      await page.context().close();
    });
  }
});
