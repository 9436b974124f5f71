// Finding one's way as an editor: buttons whose words show, a header that knows who is signed in,
// an Edit link on public pledge pages for editors only (never kept by the public page cache), and
// editor pages that fit a phone.
import { describe, test, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { useServerAndBrowser } from '../support/e2e';
import { addAccount, signedInPage } from '../support/editor-browser';
import { createPledge } from '../../db/pledges/writes';

const ctx = useServerAndBrowser({ openDatabase: true });
const T = { timeout: 30_000 };
let account: { email: string; password: string };
let admin: { email: string; password: string };
let pledgeId = 0;

beforeAll(async () => {
  account = addAccount(ctx.server, 'wayfinder@example.org', 'editor');
  admin = addAccount(ctx.server, 'wayfinding-admin@example.org', 'admin');
  pledgeId = (
    await createPledge(
      {
        donor: 'International Bank for Reconstruction and Development',
        recipient: 'Ministry of Finance of the Republic of Moldova',
        title:
          'Budget support for the energy-vulnerability reduction programme, second tranche, disbursed through the trust fund',
        category: 'financial',
        stage: 'committed',
        amount: '123456789012',
        currency: 'USD',
        announcedOn: '2024-02-01',
        sources: [
          {
            url: 'https://example.org/a-very-long-address/that-keeps-going/and-going/without-a-break-anywhere-in-it',
            publisher: 'Bank',
          },
        ],
      },
      { id: null, label: 'test arrangement' },
    )
  ).id;
});

const colours = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, background: s.backgroundColor, text: el.textContent };
    });

describe('wayfinding', () => {
  test('the "New pledge" button on /editor shows its words in a colour other than its background', async () => {
    const page = await signedInPage(ctx.browser, ctx.server, account);
    const button = await colours(page, 'main a[href="/editor/pledges/new"].rounded');
    expect(button.text).toBe('New pledge');
    expect(button.color).not.toBe(button.background);
    expect(button.color).toBe('rgb(255, 255, 255)');
    await page.context().close();
  });

  test('the brand link in the header is in the ink colour its classes ask for', async () => {
    const page = await ctx.browser.newPage();
    await page.goto(ctx.server.url);
    expect((await colours(page, 'header a[href="/"]')).color).toBe('rgb(31, 41, 51)');
    await page.close();
  });

  test('the header names the signed-in editor instead of offering "Editor login"', async () => {
    const page = await signedInPage(ctx.browser, ctx.server, account);
    await page.goto(ctx.server.url);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.waitFor(T);
    expect(await nav.textContent()).not.toContain('Editor login');
    expect(await nav.getByRole('link', { name: /editor wayfinder/ }).getAttribute('href')).toBe('/editor');
    await page.context().close();
    const anonymous = await ctx.browser.newPage();
    await anonymous.goto(ctx.server.url);
    expect(
      await anonymous
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Editor login' })
        .count(),
    ).toBe(1);
    await anonymous.close();
  });

  test('a signed-in editor sees an Edit link on a public pledge page', async () => {
    const page = await signedInPage(ctx.browser, ctx.server, account);
    await page.goto(`${ctx.server.url}/pledges/${pledgeId}`);
    const edit = page.getByRole('link', { name: 'Edit this pledge' });
    await edit.waitFor(T);
    expect(await edit.getAttribute('href')).toBe(`/editor/pledges/${pledgeId}`);
    await page.context().close();
  });

  test('an anonymous visitor never sees the Edit link, before or after an editor viewed the page', async () => {
    const anonymousHtml = async () => {
      const res = await fetch(`${ctx.server.url}/pledges/${pledgeId}`);
      return { cacheControl: res.headers.get('cache-control'), html: await res.text() };
    };
    const before = await anonymousHtml();
    const page = await signedInPage(ctx.browser, ctx.server, account);
    await page.goto(`${ctx.server.url}/pledges/${pledgeId}`);
    await page.getByRole('link', { name: 'Edit this pledge' }).waitFor(T);
    await page.context().close();
    const after = await anonymousHtml();
    // The anonymous page is the shareable one a cache in front may keep for everyone.
    expect(after.cacheControl).toMatch(/^public, /);
    for (const { html } of [before, after]) {
      expect(html).toContain('Budget support for the energy-vulnerability');
      expect(html).not.toContain('Edit this pledge');
      expect(html).not.toContain(`href="/editor/pledges/${pledgeId}"`);
    }
  });

  for (const width of [390, 1280]) {
    for (const path of [
      '/editor',
      '/editor/activity',
      '/editor/settings',
      '/editor/pledges/new',
      '/editor/users',
      '/editor/tokens',
      '/editor/audit',
    ]) {
      test(`${path} fits a ${width} px wide window without sideways scrolling`, async () => {
        const page = await signedInPage(
          ctx.browser,
          ctx.server,
          ['/editor/users', '/editor/tokens', '/editor/audit'].includes(path) ? admin : account,
          width,
        );
        await page.goto(`${ctx.server.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor(T);
        expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
        await page.context().close();
      });
    }
  }
});
