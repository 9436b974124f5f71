// The app behind Debian's nginx (deploy/nginx.conf) as tests/faults/nginx-cache.test.ts sees it: one
// editor and a pledge before the cache, each view with the cache's word on it and the render's nonce.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startApiServer, call, NEW_PLEDGE } from '../integration/api-support';
import type { RunningServer } from './server';
import { rawRequest, titleOf } from './raw-http';
import { hasNginx, NGINX_MISSING, startNginx, type RunningNginx } from '../../scripts/lib/nginx';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';

export const editor = {
  email: 'nginx-editor@example.org',
  password: 'nginx editor password',
  name: 'Nginx Editor',
};

export type BehindNginx = { app: RunningServer; nginx: RunningNginx; token: string };

/**
 * Starts the app with the given s-maxage and nginx before it for the file's tests, the editor's token
 * posting a first pledge, and stops both after. Not a skip: without nginx the deployment these tests
 * check does not exist, so each one fails.
 */
export function useAppBehindNginx(sMaxAgeSeconds: number): BehindNginx {
  const ctx = {} as BehindNginx;
  const installed = hasNginx();
  beforeEach(() => {
    if (!installed) throw new Error(NGINX_MISSING);
  });
  beforeAll(async () => {
    if (!installed) return;
    ctx.app = await startApiServer({ SHARED_CACHE_SECONDS: String(sMaxAgeSeconds) });
    ctx.nginx = await startNginx(ctx.app.port);
    const user = await createUser({ ...editor, role: 'editor' });
    ctx.token = (await createApiToken(user.id, 'nginx')).token;
    await call(ctx.app.url, 'POST', '/api/v1/pledges', {
      token: ctx.token,
      body: { ...NEW_PLEDGE, title: 'Before the cache' },
    });
  });
  afterAll(async () => {
    await ctx.nginx?.stop();
    await ctx.app?.stop();
  });
  return ctx;
}

export type Seen = {
  status: number;
  title: string | null;
  cache: string | null;
  nonce: string | null;
  body: string;
};

export async function viewThrough(
  nginx: RunningNginx,
  path: string,
  headers: Record<string, string> = {},
): Promise<Seen> {
  const res = await fetch(`${nginx.url}${path}`, { headers });
  const body = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get('content-security-policy') ?? '')?.[1] ?? null;
  return { status: res.status, title: titleOf(body), cache: res.headers.get('x-cache-status'), nonce, body };
}

/** A request written byte for byte, as the reproduction's curl sends it (no Accept-Encoding). */
export const rawThrough = (nginx: RunningNginx, path: string, headers = '', body = '') =>
  rawRequest(
    nginx.port,
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${nginx.port}\r\nUser-Agent: x\r\nAccept: */*\r\n${headers}\r\n${body}`,
  );

/** The account the page's header names (app/_components/editor-link.tsx), or null for a visitor. */
export const accountOf = (body: string) =>
  /data-testid="header-editor"[^>]*>Editor · (?:<!-- -->)?([^<]*)</.exec(body)?.[1] ?? null;
export const cacheOf = (head: string) => /\r\nx-cache-status:\s*(\S+)/i.exec(head)?.[1];
