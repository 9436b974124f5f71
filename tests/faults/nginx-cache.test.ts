// The deployment the README describes: the app as `npm start` runs it, behind Debian's nginx with
// deploy/nginx.conf. Hostile framing must not poison a stored page, a signed-in editor's page is
// neither served from nor put into the cache, a write shows within the app's s-maxage, and a burst
// on a new URL costs one render. A render is told apart by its CSP nonce (proxy.ts makes one per
// render), and nginx names what it did in X-Cache-Status (deploy/nginx.conf).
import { describe, test, expect } from 'vitest';
import { call, NEW_PLEDGE } from '../integration/api-support';
import { titleOf } from '../support/raw-http';
import { sessionCookie } from '../support/http-editor';
import {
  accountOf,
  cacheOf,
  editor,
  rawThrough,
  useAppBehindNginx,
  viewThrough,
} from '../support/nginx-views';

const TITLE = 'Aid Pledge Tracker';
/**
 * s-maxage of a shareable page, set for this server through SHARED_CACHE_SECONDS (lib/env.ts; 60 s
 * by default), and room for a render on a loaded machine.
 */
const S_MAXAGE_S = 15;
const S_MAXAGE_MS = S_MAXAGE_S * 1000;
const RENDER_MARGIN_MS = 30_000;

const ctx = useAppBehindNginx(S_MAXAGE_S);
const view = (path: string, headers?: Record<string, string>) => viewThrough(ctx.nginx, path, headers);
const raw = (path: string, headers?: string, body?: string) => rawThrough(ctx.nginx, path, headers, body);

describe('behind nginx (deploy/nginx.conf)', () => {
  test('a GET whose body is sized to swallow the next request poisons no stored page', async () => {
    const prefix = `GET /?B8 HTTP/1.1\r\nhost: 127.0.0.1:${ctx.nginx.port}\r\nuser-agent: x\r\naccept: */*\r\nx-s: `;
    const first = await raw('/api?A8', `Content-Length: ${prefix.length}\r\n`, 'Z'.repeat(prefix.length));
    expect(first.status).toBeLessThan(500);
    await raw('/?B8', 'X-S: GET /api HTTP/1.0\r\n');
    // The same request again is answered from the copy nginx stored for it: the dashboard.
    const stored = await raw('/?B8');
    expect({ status: stored.status, title: titleOf(stored.body), cache: cacheOf(stored.head) }).toEqual({
      status: 200,
      title: TITLE,
      cache: 'HIT',
    });
    expect(titleOf((await raw('/api?A8')).body)).not.toBe(TITLE);
  });

  test('a request framed two ways (Content-Length and chunked) is refused, and smuggles nothing into the next page', async () => {
    const smuggled = `0\r\n\r\nGET /api?H2 HTTP/1.1\r\nHost: 127.0.0.1:${ctx.nginx.port}\r\nX-S: `;
    const first = await raw(
      '/?H1',
      `Content-Length: ${smuggled.length}\r\nTransfer-Encoding: chunked\r\n`,
      smuggled,
    );
    expect(first.status).toBe(400);
    const next = await raw('/?H1');
    expect({ status: next.status, title: titleOf(next.body) }).toEqual({ status: 200, title: TITLE });
    expect(titleOf((await raw('/?H1')).body)).toBe(TITLE);
  });

  test('a plain GET with a body does not cost the next visitor a 400', async () => {
    await raw('/?C9', 'Content-Type: text/plain\r\nContent-Length: 5\r\n', 'hello');
    expect(await view('/?D9')).toMatchObject({ status: 200, title: TITLE });
    expect(await view('/export?D9')).toMatchObject({ status: 200, title: `Export CSV · ${TITLE}` });
  });

  test('a signed-in editor never gets the anonymous copy, and their page is never stored for others', async () => {
    const anonymous = await view('/?E1');
    expect((await view('/?E1')).nonce).toBe(anonymous.nonce);
    const cookie = await sessionCookie(ctx.nginx.url, editor.email, editor.password);
    const signedIn = await view('/?E1', { cookie });
    expect(signedIn).toMatchObject({ status: 200, cache: 'BYPASS' });
    expect(accountOf(signedIn.body)).toBe(editor.name);
    expect(signedIn.nonce).not.toBe(anonymous.nonce);
    // Asked first by the editor: the next anonymous visitor gets a render of their own.
    await view('/?E2', { cookie });
    const after = await view('/?E2');
    expect(after.cache).toBe('MISS');
    expect(accountOf(after.body)).toBeNull();
    expect(accountOf((await view('/?E1')).body)).toBeNull();
    // The same for an API client's bearer token.
    expect((await view('/?E3', { authorization: `Bearer ${ctx.token}` })).cache).toBe('BYPASS');
    expect((await view('/?E3')).cache).toBe('MISS');
    // On https next-auth names the cookie __Secure-… (auth.ts): bypassed alike, whatever its value.
    expect((await view('/?E4', { cookie: '__Secure-next-auth.session-token=x' })).cache).toBe('BYPASS');
  });

  test('a burst of first requests to a new URL reaches the app once', async () => {
    const burst = await Promise.all(
      Array.from({ length: 24 }, () => view('/?burst=F1', { 'accept-encoding': 'gzip' })),
    );
    expect(burst.map((b) => b.status)).toEqual(Array(24).fill(200));
    expect(burst.filter((b) => b.cache === 'MISS')).toHaveLength(1);
    expect(new Set(burst.map((b) => b.nonce)).size).toBe(1);
  });

  test("a write shows through nginx on the first view after the stored page's s-maxage, not before", async () => {
    const page = '/donors/japan?G1';
    const storedAt = Date.now();
    const before = await view(page);
    expect(before).toMatchObject({ status: 200, title: `Japan as donor · ${TITLE}` });
    const created = await call(ctx.nginx.url, 'POST', '/api/v1/pledges', {
      token: ctx.token,
      body: { ...NEW_PLEDGE, title: 'After the cache' },
    });
    expect(created.status).toBe(201);
    // Within s-maxage every viewer gets the stored page, rendered before the write.
    let seen = await view(page);
    while (Date.now() - storedAt < S_MAXAGE_MS - 2000) {
      expect({ cache: seen.cache, nonce: seen.nonce, fresh: seen.body.includes('After the cache') }).toEqual({
        cache: 'HIT',
        nonce: before.nonce,
        fresh: false,
      });
      await new Promise((r) => setTimeout(r, 2000));
      seen = await view(page);
    }
    while (!seen.body.includes('After the cache') && Date.now() - storedAt < S_MAXAGE_MS + RENDER_MARGIN_MS) {
      await new Promise((r) => setTimeout(r, 500));
      seen = await view(page);
    }
    // Shown by the view that found the page expired: nginx asked with its ETag, the app sent the new page.
    expect({ cache: seen.cache, fresh: seen.body.includes('After the cache') }).toEqual({
      cache: 'EXPIRED',
      fresh: true,
    });
  });

  test('an expired page whose data has not changed is revalidated with its ETag, without a render', async () => {
    const page = '/donors/japan?G1';
    await view(page);
    const storedAt = Date.now();
    const stored = await view(page);
    expect(stored.cache).toBe('HIT');
    let seen = stored;
    while (seen.cache === 'HIT' && Date.now() - storedAt < S_MAXAGE_MS + RENDER_MARGIN_MS) {
      await new Promise((r) => setTimeout(r, 1000));
      seen = await view(page);
    }
    expect({ cache: seen.cache, nonce: seen.nonce }).toEqual({ cache: 'REVALIDATED', nonce: stored.nonce });
  });
});
