// Hostile input at the API's write methods over HTTP: mutated JSON bodies, raw bytes, headers,
// content types and sizes. Every one must be a clear 4xx in the error shape, without internals, and
// leave the database exactly as it was.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import {
  startApiServerWithEditor,
  call,
  expectErrorShape,
  NEW_PLEDGE,
  type ApiAnswer,
} from '../integration/api-support';
import type { RunningServer } from '../support/server';
import { databaseFingerprint } from '../support/db-fingerprint';
import { AUTH_SECRET, leaks, propertyOptions, runs } from '../support/hostile-inputs';
import * as hostile from '../support/hostile-api-bodies';
import { createPledge } from '../../db/pledges/writes';

let server: RunningServer;
let token: string;
let target: { id: number; version: number };
const tried: Record<string, number> = {};

beforeAll(async () => {
  ({ server, token } = await startApiServerWithEditor());
  target = await createPledge({ ...NEW_PLEDGE, title: 'Hostile target' }, { id: null, label: 'hostile' });
});
afterAll(async () => {
  console.log(`hostile API inputs tried: ${JSON.stringify(tried)}`);
  expect(leaks(server.output(), [AUTH_SECRET, token])).toEqual([]);
  await server?.stop();
});

async function expectRefused(send: () => Promise<ApiAnswer>, path: string): Promise<void> {
  tried[path] = (tried[path] ?? 0) + 1;
  const before = await databaseFingerprint(server.databaseUrl);
  const res = await send();
  expect(res.status, JSON.stringify(res.json)?.slice(0, 300)).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  expectErrorShape(res.json);
  expect(leaks(JSON.stringify(res.json), [AUTH_SECRET, token])).toEqual([]);
  expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
}

const url = () => `/api/v1/pledges/${target.id}`;
type Sent = { body?: unknown; headers?: Record<string, string> };
/** Sends `method path` with the editor's token: the API must refuse it (counted under `label`). */
const refusedWithToken = (label: string, method: string, path: string, options: Sent) =>
  expectRefused(() => call(server.url, method, path, { token, ...options }), label);

describe('hostile input at the API', () => {
  test('POST /api/v1/pledges: mutated bodies and headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostile.badBody(NEW_PLEDGE),
        hostile.extraHeaders,
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON'),
        async (body, headers, type) => {
          await refusedWithToken('POST', 'POST', '/api/v1/pledges', {
            body,
            headers: { ...headers, 'Content-Type': type },
          });
        },
      ),
      {
        ...propertyOptions(runs(120, 1500)),
        examples: [
          [{ ...NEW_PLEDGE, datePrecision: { toString: 'x' } } as typeof NEW_PLEDGE, {}, 'application/json'],
        ],
      },
    );
  });

  test('POST: raw bytes and other content types', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        hostile.anyContentType,
        async (bytes, contentType) => {
          await refusedWithToken('POST raw', 'POST', '/api/v1/pledges', {
            body: bytes,
            headers: { 'Content-Type': contentType },
          });
        },
      ),
      propertyOptions(runs(40, 500)),
    );
  });

  test('PATCH /api/v1/pledges/{id}: mutated patches at the current version, and odd ids', async () => {
    await fc.assert(
      fc.asyncProperty(hostile.badBody({ version: target.version }), async (body) => {
        await refusedWithToken('PATCH', 'PATCH', url(), { body });
      }),
      propertyOptions(runs(80, 1000)),
    );
    // A real id never ends in "x".
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(hostile.rawId, fc.constantFrom('%', '%E0%A4%A', '..%2F..%2Fsummary', '1%00')),
        async (id) => {
          await refusedWithToken('PATCH id', 'PATCH', `/api/v1/pledges/${id}x`, {
            body: { version: 1, title: 'x' },
          });
        },
      ),
      propertyOptions(runs(20, 300)),
    );
  });

  test('DELETE /api/v1/pledges/{id}: bad retraction bodies', async () => {
    await fc.assert(
      fc.asyncProperty(hostile.badRetraction(target.version), async (body) => {
        await refusedWithToken('DELETE', 'DELETE', url(), { body });
      }),
      propertyOptions(runs(50, 600)),
    );
  });

  test('writes with mutated Authorization headers are 401', async () => {
    const auth = hostile.badAuthorization(token);
    await fc.assert(
      fc.asyncProperty(auth, fc.constantFrom('POST', 'PATCH', 'DELETE'), async (authorization, method) => {
        const path = method === 'POST' ? '/api/v1/pledges' : url();
        await expectRefused(
          () =>
            call(server.url, method, path, {
              body: { ...NEW_PLEDGE, version: target.version, reason: 'x' },
              headers: { Authorization: authorization },
            }),
          'auth',
        );
      }),
      propertyOptions(runs(30, 300)),
    );
  });

  test('bodies around the 1 MB limit: 413 over it, 422 under it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 990_000, max: 1_100_000 }), async (size) => {
        const body = JSON.stringify({ ...NEW_PLEDGE, colour: 'red', description: 'd'.repeat(size) });
        await refusedWithToken('POST size', 'POST', '/api/v1/pledges', {
          body,
          headers: { 'Content-Type': 'application/json' },
        });
      }),
      propertyOptions(runs(6, 60)),
    );
  });
});
