import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${ctx.server.url}${path}`, { headers });

describe('public pages behind an HTTP cache', () => {
  test('a burst of readers of a page not yet asked for all get it, under one validator; revalidating them is a 304 each', async () => {
    const burst = await Promise.all(
      Array.from({ length: 24 }, () => get('/?category=humanitarian&stage=committed')),
    );
    expect(burst.map((r) => r.status)).toEqual(burst.map(() => 200));
    const etags = new Set(burst.map((r) => r.headers.get('etag')));
    expect(etags.size).toBe(1);
    // Each render has its own CSP nonce (in the markup and in the RSC payload); apart from it the pages are the same.
    const unnonced = new Set(
      await Promise.all(
        burst.map(async (r) => {
          const nonce = /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')![1];
          return (await r.text()).replaceAll(nonce, 'NONCE');
        }),
      ),
    );
    expect(unnonced.size).toBe(1);
    const [etag] = etags as Set<string>;
    const again = await Promise.all(
      Array.from({ length: 24 }, () =>
        get('/?category=humanitarian&stage=committed', { 'If-None-Match': etag }),
      ),
    );
    expect(again.map((r) => r.status)).toEqual(again.map(() => 304));
  });

  test('a shareable page works in the browser under its nonce policy, and its 304 keeps it working', async () => {
    const page = await ctx.browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`${ctx.server.url}/donors/japan`);
    expect(response?.headers()['cache-control']).toMatch(/^public, /);
    expect(response?.headers()['content-security-policy']).toMatch(
      /script-src 'self' 'nonce-[^']+' 'strict-dynamic'/,
    );
    await page.waitForSelector('.recharts-wrapper svg', { timeout: WAIT_MS });
    const revalidated = page.waitForResponse(
      (r) => r.url() === `${ctx.server.url}/donors/japan` && r.request().isNavigationRequest(),
      { timeout: WAIT_MS },
    );
    await page.reload();
    // The browser revalidates the stored page and gets the 304 (Playwright reports the stored
    // page's 200; the headers it saw are the 304's, without a policy): the page keeps its own.
    const r = await revalidated;
    expect(await r.request().headerValue('if-none-match')).toBe(response?.headers().etag);
    expect(await r.headerValue('content-security-policy')).toBeNull();
    await page.waitForSelector('.recharts-wrapper svg', { timeout: WAIT_MS });
    await page.getByRole('heading', { name: /Japan/ }).first().waitFor({ timeout: WAIT_MS });
    expect(violations).toEqual([]);
    await page.close();
  });
});
