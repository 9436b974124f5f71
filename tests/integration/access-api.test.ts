// The access matrix for the JSON API's write methods: every route × {no token, a disabled account's
// token, a revoked token, an editor's token, an admin's token}. Refusals are 401 (405 for methods a
// route does not have, 404 for paths no endpoint answers) in the API's error shape, and change
// nothing in the database.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startApiServer, call, expectErrorShape, NEW_PLEDGE } from './api-support';
import type { RunningServer } from '../support/server';
import { CALLERS, setUpCallers, type Caller, type Credentials } from '../support/access-accounts';
import { ACCESS_MATRIX, routeUrl } from '../support/access-matrix';
import { databaseFingerprint } from '../support/db-fingerprint';
import { createPledge } from '../../db/pledges/writes';

let server: RunningServer;
let callers: Record<Caller, Credentials>;
let serial = 0;

beforeAll(async () => {
  server = await startApiServer();
  callers = await setUpCallers(server.url, 'api');
});
afterAll(async () => {
  await server?.stop();
});

function bodyFor(method: string, version: number): unknown {
  if (method === 'POST') return { ...NEW_PLEDGE, title: `API matrix ${++serial}` };
  if (method === 'PATCH') return { version, title: `API matrix fix ${++serial}` };
  return { version, reason: 'API matrix retraction' };
}

const routes = Object.entries(ACCESS_MATRIX).filter(
  ([, rule]) => rule === 'token' || rule === 'no-such-method' || rule === 'no-such-route',
);

describe('API writes × callers', () => {
  test.each(routes.flatMap(([key, rule]) => CALLERS.map((who) => ({ key, rule, who }))))(
    '$key as $who',
    async ({ key, rule, who }) => {
      const [method, file] = key.split(' ');
      const target = await createPledge(
        { ...NEW_PLEDGE, title: `API target ${++serial}` },
        { id: null, label: 'matrix' },
      );
      const before = await databaseFingerprint(server.databaseUrl);
      const token = callers[who].token ?? undefined;
      const res = await call(server.url, method, routeUrl(file, target.id), {
        token,
        body: bodyFor(method, target.version),
      });
      const changed = (await databaseFingerprint(server.databaseUrl)) !== before;
      if (rule === 'token' && (who === 'editor' || who === 'admin')) {
        expect(res.status, JSON.stringify(res.json)).toBe(method === 'POST' ? 201 : 200);
        expect(changed).toBe(true);
        return;
      }
      expect(res.status).toBe({ token: 401, 'no-such-method': 405 }[rule as string] ?? 404);
      expectErrorShape(res.json);
      expect(changed).toBe(false);
    },
  );

  test("sign-in without next-auth's CSRF token gets no session and changes nothing", async () => {
    const before = await databaseFingerprint(server.databaseUrl);
    const res = await fetch(`${server.url}/api/auth/callback/credentials`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        email: 'api-admin@example.org',
        password: 'correct horse battery 2024',
        json: 'true',
      }),
    });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('next-auth.session-token='))).toBe(false);
    expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
  });
});
