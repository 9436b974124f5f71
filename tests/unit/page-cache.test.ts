import { describe, test, expect } from 'vitest';
import {
  isShareableRequest,
  pageValidators,
  clientHasPage,
  sharedPageHeaders,
  SHARED_PAGE_VARY,
} from '../../lib/page-cache';

const req = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers });

describe('which requests a shared HTTP cache may keep the answer to', () => {
  test.each([
    ['/', true],
    ['/?donor=japan&currency=EUR', true],
    ['/pledges/12', true],
    ['/donors/japan', true],
    ['/recipients/ukraine?stage=committed', true],
    ['/export', true],
    ['/api', true],
    ['/editor', false],
    ['/editor/pledges/new', false],
    ['/login', false],
    ['/setup', false],
    ['/api/v1/pledges', false],
    ['/export/pledges.csv', false],
    ['/_next/static/chunk.js', false],
    ['/pledges/abc', false],
  ])('%s → %s', (url, expected) => {
    expect(isShareableRequest(req(url))).toBe(expected);
  });

  test('never for signed-in editors, client navigations, server actions or writes', () => {
    expect(isShareableRequest(req('/', { cookie: 'theme=dark; next-auth.session-token=abc' }))).toBe(false);
    expect(isShareableRequest(req('/', { cookie: '__Secure-next-auth.session-token=abc' }))).toBe(false);
    expect(isShareableRequest(req('/', { cookie: 'next-auth.session-token.0=abc' }))).toBe(false);
    expect(isShareableRequest(req('/', { cookie: 'next-auth.csrf-token=x' }))).toBe(true);
    expect(isShareableRequest(req('/', { rsc: '1' }))).toBe(false);
    expect(isShareableRequest(req('/', { 'next-action': 'abc' }))).toBe(false);
    expect(isShareableRequest(req('/', {}, 'POST'))).toBe(false);
    expect(isShareableRequest(req('/', {}, 'HEAD'))).toBe(true);
  });
});

describe('the validator of a shareable page', () => {
  const at = new Date('2026-03-04T10:00:00Z');

  test('changes with the data version, the build and the day, and with nothing else', () => {
    const v = pageValidators(7, 'build-a', at).etag;
    expect(v).toMatch(/^W\/"[^"]+"$/);
    expect(pageValidators(7, 'build-a', new Date('2026-03-04T23:59:59Z')).etag).toBe(v);
    expect(pageValidators(8, 'build-a', at).etag).not.toBe(v);
    expect(pageValidators(7, 'build-b', at).etag).not.toBe(v);
    expect(pageValidators(7, 'build-a', new Date('2026-03-05T00:00:00Z')).etag).not.toBe(v);
  });

  test('a client holding it (weakly compared, in a list, or *) has the page; an older one has not', () => {
    const v = pageValidators(7, 'b', at);
    expect(clientHasPage(req('/', { 'if-none-match': v.etag }), v)).toBe(true);
    expect(clientHasPage(req('/', { 'if-none-match': `"x", ${v.etag.slice(2)}` }), v)).toBe(true);
    expect(clientHasPage(req('/', { 'if-none-match': '*' }), v)).toBe(true);
    expect(clientHasPage(req('/', { 'if-none-match': pageValidators(6, 'b', at).etag }), v)).toBe(false);
    expect(clientHasPage(req('/'), v)).toBe(false);
  });

  test('is sent with a public Cache-Control; its 304 varies on Cookie as the page does', () => {
    const headers = sharedPageHeaders(pageValidators(1, 'b', at));
    expect(headers['Cache-Control']).toMatch(/^public, max-age=0\b/);
    expect(SHARED_PAGE_VARY).toMatch(/\bCookie\b/);
  });
});
