import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { openReady, WAIT_MS } from '../support/wait';

const ctx = useServerAndBrowser();

describe('security headers', () => {
  test('rendered pages carry a fresh nonce policy and the static headers', async () => {
    // A signed-in request bypasses the shared page cache, so Next renders it with a nonce.
    const fresh = () =>
      fetch(`${ctx.server.url}/`, { headers: { cookie: 'next-auth.session-token=not-a-session' } });
    const [a, b] = await Promise.all([fresh(), fresh()]);
    const policy = a.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    // Style elements need the nonce; only style attributes (the chart's SVG) stay inline.
    const directive = (name: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.split(' ')[0] === name) ?? '';
    expect(directive('style-src')).toMatch(/^style-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'$/);
    expect(directive('style-src-elem')).toMatch(/^style-src-elem 'self' 'nonce-[A-Za-z0-9+/=]{20,}'$/);
    expect(directive('style-src-attr')).toBe("style-src-attr 'unsafe-inline'");
    expect(directive('report-uri')).toBe('report-uri /api/csp-report');
    expect(directive('report-to')).toBe('report-to csp');
    expect(a.headers.get('reporting-endpoints')).toBe('csp="/api/csp-report"');
    expect(b.headers.get('content-security-policy')).not.toBe(policy);
    const html = await a.text();
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    // Every script tag the page ships carries the request's nonce.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    for (const res of [
      a,
      await fetch(`${ctx.server.url}/api/v1/summary`),
      await fetch(`${ctx.server.url}/pledges/1`),
    ]) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  test('the pages work under the policy: no violations, the chart draws, the login form hydrates', async () => {
    const page = await ctx.browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${ctx.server.url}/`);
    await page.waitForSelector('.recharts-wrapper svg', { timeout: WAIT_MS });
    // Hydration is what a refused script would stop: React must take over each page's elements.
    await openReady(
      page,
      `${ctx.server.url}/pledges/1`,
      page.getByRole('link', { name: 'Aid Pledge Tracker' }),
    );
    await openReady(page, `${ctx.server.url}/login`, page.getByRole('button', { name: 'Sign in' }));
    await page.getByLabel(/email/i).first().fill('nobody@example.org');
    expect(violations).toEqual([]);
    await page.close();
  });
});
