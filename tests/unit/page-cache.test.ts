import { describe, test, expect } from 'vitest';
import { isCacheableRequest, inlineScriptHashes, BoundedCache } from '../../lib/page-cache';
import { hashContentSecurityPolicy } from '../../lib/security-headers';

const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('which requests the public page cache may answer', () => {
  test.each([
    ['/', true], ['/?donor=japan&currency=EUR', true], ['/pledges/12', true], ['/donors/japan', true],
    ['/recipients/ukraine?stage=committed', true], ['/export', true], ['/api', true],
    ['/editor', false], ['/editor/pledges/new', false], ['/login', false], ['/setup', false],
    ['/api/v1/pledges', false], ['/export/pledges.csv', false], ['/_next/static/chunk.js', false], ['/pledges/abc', false],
  ])('%s → %s', (url, expected) => {
    expect(isCacheableRequest(req(url))).toBe(expected);
  });

  test('never for signed-in editors, client navigations, server actions or writes', () => {
    expect(isCacheableRequest(req('/', { cookie: 'theme=dark; next-auth.session-token=abc' }))).toBe(false);
    expect(isCacheableRequest(req('/', { cookie: '__Secure-next-auth.session-token=abc' }))).toBe(false);
    expect(isCacheableRequest(req('/', { cookie: 'next-auth.csrf-token=x' }))).toBe(true);
    expect(isCacheableRequest(req('/', { rsc: '1' }))).toBe(false);
    expect(isCacheableRequest(req('/', { 'next-action': 'abc' }))).toBe(false);
    expect(isCacheableRequest(req('/', {}, 'POST'))).toBe(false);
    expect(isCacheableRequest(req('/', {}, 'HEAD'))).toBe(true);
  });
});

describe('the policy of a shared page', () => {
  test('hashes inline scripts as browsers do, skips external ones', () => {
    const html = '<script src="/_next/a.js" async></script><script>alert(1)</script><script nonce="x">alert(1)</script>';
    // sha256("alert(1)"), computed independently with openssl
    expect(inlineScriptHashes(html)).toEqual(["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"]);
  });

  test('allows the hashes and same-origin scripts, no nonce, nothing inline otherwise', () => {
    const policy = hashContentSecurityPolicy(["'sha256-abc='"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toMatch(/nonce|unsafe-inline'\s*;?\s*$|script-src[^;]*unsafe-inline/);
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('BoundedCache', () => {
  test('evicts the least recently used past its entry and byte limits', () => {
    const cache = new BoundedCache<{ bytes: number; v: string }>(2, 100);
    cache.set('a', { bytes: 10, v: 'a' });
    cache.set('b', { bytes: 10, v: 'b' });
    cache.get('a');
    cache.set('c', { bytes: 10, v: 'c' });
    expect([cache.get('a')?.v, cache.get('b')?.v, cache.get('c')?.v]).toEqual(['a', undefined, 'c']);
    cache.set('big', { bytes: 95, v: 'big' });
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('big')?.v).toBe('big');
  });
});
