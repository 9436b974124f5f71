import { describe, test, expect } from 'vitest';
import { useServerAndBrowser } from '../support/e2e';
import { WAIT_MS } from '../support/wait';
import { createPledge } from '../../db/pledge-writes';

const ctx = useServerAndBrowser({ openDatabase: true });



const get = (path: string, headers: Record<string, string> = {}) => fetch(`${ctx.server.url}${path}`, { headers });

describe('public page cache', () => {
  test('renders once per data version, then serves from memory with an ETag and a hash policy', async () => {
    const first = await get('/?category=military');
    const second = await get('/?category=military');
    expect(first.headers.get('x-page-cache')).toBe('MISS');
    expect(second.headers.get('x-page-cache')).toBe('HIT');
    const [a, b] = [await first.text(), await second.text()];
    expect(b).toBe(a);
    expect(b).toContain('Drone detection system');
    const policy = second.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(policy).not.toContain('nonce-');
    expect(second.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = second.headers.get('etag')!;
    const revalidated = await get('/?category=military', { 'If-None-Match': etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  test('a write changes the data version: the next view is rendered afresh', async () => {
    await get('/');
    expect((await get('/')).headers.get('x-page-cache')).toBe('HIT');
    createPledge({ donor: 'Japan', recipient: 'Ukraine', title: 'Cache-busting winter aid', category: 'humanitarian', stage: 'committed',
      amount: '2000000', currency: 'USD', announcedOn: '2024-02-01', sources: [{ publisher: 'Ministry', title: 'Statement' }] }, { id: null, label: 'cache test' });
    const after = await get('/');
    expect(after.headers.get('x-page-cache')).toBe('MISS');
    expect(await after.text()).toContain('Cache-busting winter aid');
  });

  test('signed-in editors, other pages and client navigations bypass it', async () => {
    expect((await get('/', { cookie: 'next-auth.session-token=anything' })).headers.get('x-page-cache')).toBeNull();
    expect((await get('/login')).headers.get('x-page-cache')).toBeNull();
    expect((await get('/', { RSC: '1' })).headers.get('x-page-cache')).toBeNull();
    const missing = await get('/pledges/999999');
    expect(missing.status).toBe(404);
  });

  test('a cached page works in the browser under its hash policy', async () => {
    await get('/donors/japan');
    const page = await ctx.browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
    const response = await page.goto(`${ctx.server.url}/donors/japan`);
    expect(response?.headers()['x-page-cache']).toBe('HIT');
    await page.waitForSelector('.recharts-wrapper svg', { timeout: WAIT_MS });
    expect(violations).toEqual([]);
    await page.close();
  });
});
