// Hostile input at the API's write methods over HTTP: mutated JSON bodies, raw bytes, headers,
// content types and sizes. Every one must be a clear 4xx in the error shape, without internals, and
// leave the database exactly as it was.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import {
  startApiServer,
  call,
  expectErrorShape,
  NEW_PLEDGE,
  type ApiAnswer,
} from '../integration/api-support';
import type { RunningServer } from '../support/server';
import { databaseFingerprint } from '../support/db-fingerprint';
import {
  AUTH_SECRET,
  anyJson,
  leaks,
  nastyText,
  propertyOptions,
  runs,
  unknownKey,
} from '../support/hostile-inputs';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';
import { createPledge } from '../../db/pledges/writes';
import { pledgeInputSchema } from '../../lib/pledge-schema';
import { CATEGORIES, STAGES } from '../../lib/domain';

let server: RunningServer;
let token: string;
let target: { id: number; version: number };
const tried: Record<string, number> = {};

beforeAll(async () => {
  server = await startApiServer();
  const editor = await createUser({
    email: 'hostile-api@example.org',
    password: 'hostile api password',
    role: 'editor',
  });
  token = (await createApiToken(editor.id, 'hostile')).token;
  target = await createPledge({ ...NEW_PLEDGE, title: 'Hostile target' }, { id: null, label: 'hostile' });
});
afterAll(async () => {
  console.log(`hostile API inputs tried: ${JSON.stringify(tried)}`);
  expect(leaks(server.output(), [AUTH_SECRET, token])).toEqual([]);
  await server?.stop();
});

const FIELDS = Object.keys(pledgeInputSchema.shape);
const notIn = (values: readonly string[]) => nastyText.filter((v) => !values.includes(v));
const notText = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.array(nastyText, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), nastyText, { maxKeys: 3 }),
);

/** One change that makes any pledge body invalid, whatever else it holds. */
const breaker: fc.Arbitrary<[string, unknown]> = fc.oneof(
  fc.tuple(unknownKey([...FIELDS, 'version', 'reason']), anyJson),
  fc.tuple(fc.constantFrom('title', 'donor', 'recipient'), fc.oneof(notText, fc.constantFrom('', '   '))),
  fc.tuple(fc.constant('category'), notIn(CATEGORIES)),
  fc.tuple(fc.constant('stage'), notIn(STAGES)),
  fc.tuple(
    fc.constant('amount'),
    fc.oneof(
      fc.nat().map((n) => `-${n + 1}`),
      fc.nat().map((n) => `${n}abc`),
      fc.constant('1.234'),
      notText.filter((v) => typeof v !== 'number'),
    ),
  ),
  fc.tuple(fc.constant('currency'), fc.stringMatching(/^[A-Z]{0,2}[0-9][A-Z]{0,2}$/)),
  fc.tuple(
    fc.constant('announcedOn'),
    fc.oneof(fc.constantFrom('2024-02-30', '2023-13-01', '2024-00-10', '2024-1-1', '31/12/2024'), notText),
  ),
  fc.tuple(
    fc.constant('sources'),
    fc.oneof(
      nastyText,
      fc.integer(),
      fc.constant([{ url: 'javascript:alert(1)' }]),
      fc.constant([{ colour: 'red' }]),
    ),
  ),
);
const noise = fc.dictionary(fc.constantFrom(...FIELDS), anyJson, { maxKeys: 3 });
// Without an amount the currency is dropped, not checked, so a bad currency goes with an amount.
const badBody = (base: Record<string, unknown>) =>
  fc
    .tuple(noise, breaker)
    .map(([n, [k, v]]) => ({ ...base, ...n, ...(k === 'currency' ? { amount: '1000' } : {}), [k]: v }));
const extraHeaders = fc.dictionary(
  fc.stringMatching(/^x-[a-z-]{1,12}$/),
  fc.stringMatching(/^[ -~]{0,40}$/),
  { maxKeys: 3 },
);

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

describe('hostile input at the API', () => {
  test('POST /api/v1/pledges: mutated bodies and headers', async () => {
    await fc.assert(
      fc.asyncProperty(
        badBody(NEW_PLEDGE),
        extraHeaders,
        fc.constantFrom('application/json', 'application/json; charset=utf-8', 'Application/JSON'),
        async (body, headers, type) => {
          await expectRefused(
            () =>
              call(server.url, 'POST', '/api/v1/pledges', {
                token,
                body,
                headers: { ...headers, 'Content-Type': type },
              }),
            'POST',
          );
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
    const type = fc.oneof(
      fc.constant('application/json'),
      fc.stringMatching(/^[a-z]{1,10}\/[a-z+.-]{1,16}$/),
      fc.constant(''),
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), type, async (bytes, contentType) => {
        await expectRefused(
          () =>
            call(server.url, 'POST', '/api/v1/pledges', {
              token,
              body: bytes,
              headers: { 'Content-Type': contentType },
            }),
          'POST raw',
        );
      }),
      propertyOptions(runs(40, 500)),
    );
  });

  test('PATCH /api/v1/pledges/{id}: mutated patches at the current version, and odd ids', async () => {
    await fc.assert(
      fc.asyncProperty(badBody({ version: target.version }), async (body) => {
        await expectRefused(() => call(server.url, 'PATCH', url(), { token, body }), 'PATCH');
      }),
      propertyOptions(runs(80, 1000)),
    );
    // Any bytes as the id, percent-encoded (invalid UTF-8 included); a real id never ends in "x".
    const rawId = fc
      .uint8Array({ maxLength: 60 })
      .map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join(''));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(rawId, fc.constantFrom('%', '%E0%A4%A', '..%2F..%2Fsummary', '1%00')),
        async (id) => {
          await expectRefused(
            () =>
              call(server.url, 'PATCH', `/api/v1/pledges/${id}x`, {
                token,
                body: { version: 1, title: 'x' },
              }),
            'PATCH id',
          );
        },
      ),
      propertyOptions(runs(20, 300)),
    );
  });

  test('DELETE /api/v1/pledges/{id}: bad retraction bodies', async () => {
    const bad = fc.oneof(
      fc.record({
        reason: fc.oneof(notText, fc.constantFrom('', '  ')),
        version: fc.constant(target.version),
      }),
      fc.record({
        reason: nastyText,
        version: fc.oneof(nastyText, fc.double(), fc.constantFrom(0, -1, 1.5)),
      }),
      fc.tuple(unknownKey(['reason', 'version']), anyJson).map(([k, v]) => ({ reason: 'why', [k]: v })),
    );
    await fc.assert(
      fc.asyncProperty(bad, async (body) => {
        await expectRefused(() => call(server.url, 'DELETE', url(), { token, body }), 'DELETE');
      }),
      propertyOptions(runs(50, 600)),
    );
  });

  test('writes with mutated Authorization headers are 401', async () => {
    const auth = fc.oneof(
      fc.stringMatching(/^[ -~]{0,80}$/),
      fc.string({ maxLength: 40 }).map((s) => `Bearer apt_${encodeURIComponent(s)}`),
      fc.constant(`Bearer ${token}x`),
      fc.constant(`Bearer  ${token.slice(0, -1)}`),
    );
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
        await expectRefused(
          () =>
            call(server.url, 'POST', '/api/v1/pledges', {
              token,
              body,
              headers: { 'Content-Type': 'application/json' },
            }),
          'POST size',
        );
      }),
      propertyOptions(runs(6, 60)),
    );
  });
});
