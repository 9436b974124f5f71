// A signed-in editor who opens a sign-in link is sent on to callbackUrl: only ever somewhere on
// this site, and a hostile callbackUrl is never an error page.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startApiServer } from './api-support';
import type { RunningServer } from '../support/server';
import { sessionCookie } from '../support/http-editor';
import { createUser } from '../../db/accounts/users';

let server: RunningServer;
let cookie: string;

beforeAll(async () => {
  server = await startApiServer();
  await createUser({ email: 'redirected@example.org', password: 'redirect password 1', role: 'editor' });
  cookie = await sessionCookie(server.url, 'redirected@example.org', 'redirect password 1');
});
afterAll(async () => {
  await server?.stop();
});

async function follow(callbackUrl: string): Promise<{ status: number; lands: URL | null }> {
  const res = await fetch(`${server.url}/login?callbackUrl=${callbackUrl}`, {
    headers: { cookie },
    redirect: 'manual',
  });
  const location = res.headers.get('location');
  // WHATWG URL parsing drops tabs and newlines exactly as a browser following the Location does.
  return { status: res.status, lands: location === null ? null : new URL(location, `${server.url}/login`) };
}

describe('the redirect after sign-in', () => {
  test('an encoded tab before a second slash stays on this site', async () => {
    const { status, lands } = await follow('/%09/evil.example');
    expect(status).toBeGreaterThanOrEqual(300);
    expect(status).toBeLessThan(400);
    expect(lands?.origin).toBe(server.url);
  });

  test('an encoded newline is a redirect on this site, not a server error', async () => {
    const { status, lands } = await follow('/editor%0aSet-Cookie:%20x=1');
    expect(status).toBeGreaterThanOrEqual(300);
    expect(status).toBeLessThan(400);
    expect(lands?.origin).toBe(server.url);
  });

  test('a path on this site is followed as given', async () => {
    const { lands } = await follow(encodeURIComponent('/editor/users?tab=tokens'));
    expect(lands?.pathname).toBe('/editor/users');
    expect(lands?.search).toBe('?tab=tokens');
  });
});
