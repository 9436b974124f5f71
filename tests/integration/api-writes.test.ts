import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import type { RunningServer } from '../support/server';
import { startApiServer, call, expectErrorShape, NEW_PLEDGE } from './api-support';
import { onTestPostgres } from '../support/engine';
import { createUser, disableUser } from '../../db/accounts/users';
import { createApiToken, revokeApiToken } from '../../db/accounts/tokens';
import { getDataVersion } from '../../db/meta';
import { countPledges, getPledge } from '../../db/pledges/read';
import { listRecentRevisions } from '../../db/pledges/revisions';
import { getTotals } from '../../db/totals/totals';
import { EMPTY_FILTERS } from '../../lib/filters';

let server: RunningServer;
let base: string;
let token: string;

beforeAll(async () => {
  server = await startApiServer();
  base = server.url;
  const editor = await createUser({
    email: 'api-editor@example.org',
    password: 'a very long password',
    role: 'editor',
    name: 'API Editor',
  });
  token = (await createApiToken(editor.id, 'tests')).token;
});
afterAll(async () => {
  await server?.stop();
});

describe('writes with a token', () => {
  test('create with a source, fix it, retract it: revisions and totals follow', async () => {
    const before = await getTotals(EMPTY_FILTERS);
    const created = await call(base, 'POST', '/api/v1/pledges', { token, body: NEW_PLEDGE });
    expect(created.status).toBe(201);
    const id = created.json.id;
    expect(created.headers.get('location')).toBe(`/api/v1/pledges/${id}`);
    expect(created.json).toMatchObject({
      amount: '1500000.50',
      amountMinor: 150000050,
      version: 1,
      sources: [{ publisher: 'Ministry of Foreign Affairs' }],
    });
    expect((await getTotals(EMPTY_FILTERS)).committed - before.committed).toBe(150000050);

    const fixed = await call(base, 'PATCH', `/api/v1/pledges/${id}`, {
      token,
      body: { version: 1, amount: '1600000', reason: 'Corrected figure' },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.json).toMatchObject({ amount: '1600000', version: 2 });

    const stale = await call(base, 'PATCH', `/api/v1/pledges/${id}`, {
      token,
      body: { version: 1, stage: 'disbursed' },
    });
    expect(stale.status).toBe(409);
    expectErrorShape(stale.json);
    expect(stale.json.error.current).toMatchObject({ id, version: 2, stage: 'committed' });

    const retracted = await call(base, 'DELETE', `/api/v1/pledges/${id}`, {
      token,
      body: { reason: 'Duplicate of an earlier entry', version: 2 },
    });
    expect(retracted.status).toBe(200);
    expect(retracted.json.retractedAt).not.toBeNull();
    expect(retracted.json.revisions.map((r: any) => [r.action, r.actorLabel])).toEqual([
      ['create', 'API Editor'],
      ['update', 'API Editor'],
      ['retract', 'API Editor'],
    ]);
    expect(await getTotals(EMPTY_FILTERS)).toEqual({ ...before, retractedCount: before.retractedCount + 1 });
    const summary = await call(base, 'GET', '/api/v1/summary');
    expect(summary.json.totals.committedMinor).toBe(before.committed);
    const again = await call(base, 'DELETE', `/api/v1/pledges/${id}`, { token, body: { reason: 'again' } });
    expect(again.status).toBe(422);
  });

  test.skipIf(onTestPostgres())(
    'a write that cannot get the database in time is refused with 503 and Retry-After, and writes nothing (SQLite only)',
    async () => {
      const before = await countPledges(EMPTY_FILTERS, true);
      const holder = new Database(server.dbFile);
      holder.exec('begin immediate'); // as a long import does, past the server's 10 s busy_timeout
      let busy: Awaited<ReturnType<typeof call>>;
      try {
        busy = await call(base, 'POST', '/api/v1/pledges', {
          token,
          body: { ...NEW_PLEDGE, title: 'While locked' },
        });
      } finally {
        holder.exec('rollback');
        holder.close();
      }
      expect(busy.status).toBe(503);
      expectErrorShape(busy.json);
      expect(busy.json.error.code).toBe('database_busy');
      expect(busy.headers.get('retry-after')).toBe('30');
      expect(await countPledges(EMPTY_FILTERS, true)).toBe(before);
      const retried = await call(base, 'POST', '/api/v1/pledges', {
        token,
        body: { ...NEW_PLEDGE, title: 'While locked' },
      });
      expect(retried.status).toBe(201);
    },
    30_000,
  );

  test('token lifecycle: valid, revoked, disabled user', async () => {
    const user = await createUser({
      email: 'short-lived@example.org',
      password: 'a very long password',
      role: 'editor',
    });
    const first = await createApiToken(user.id);
    const ok = await call(base, 'POST', '/api/v1/pledges', {
      token: first.token,
      body: { ...NEW_PLEDGE, title: 'Token check' },
    });
    expect(ok.status).toBe(201);
    await revokeApiToken(first.id);
    const revoked = await call(base, 'POST', '/api/v1/pledges', { token: first.token, body: NEW_PLEDGE });
    expect(revoked.status).toBe(401);
    expect(revoked.json.error.code).toBe('invalid_token');
    const second = await createApiToken(user.id);
    await disableUser(user.id);
    const disabled = await call(base, 'PATCH', `/api/v1/pledges/${ok.json.id}`, {
      token: second.token,
      body: { version: 1, title: 'x' },
    });
    expect(disabled.status).toBe(401);
    const anonymous = await call(base, 'DELETE', `/api/v1/pledges/${ok.json.id}`, { body: { reason: 'x' } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer/);
  });
});

type Case = {
  name: string;
  method: string;
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  auth?: string | null;
  status: number;
  field?: string;
};
const big = 'x'.repeat(1_000_001);
const invalidUtf8 = new Uint8Array([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]);
const CASES: Case[] = [
  {
    name: 'malformed JSON',
    method: 'POST',
    path: '/api/v1/pledges',
    body: '{"donor": "Japan",',
    status: 400,
  },
  {
    name: 'empty body',
    method: 'POST',
    path: '/api/v1/pledges',
    body: '',
    headers: { 'Content-Type': 'application/json' },
    status: 400,
  },
  { name: 'invalid UTF-8', method: 'POST', path: '/api/v1/pledges', body: invalidUtf8, status: 400 },
  { name: 'array body', method: 'POST', path: '/api/v1/pledges', body: [NEW_PLEDGE], status: 400 },
  {
    name: 'wrong content type',
    method: 'POST',
    path: '/api/v1/pledges',
    body: JSON.stringify(NEW_PLEDGE),
    headers: { 'Content-Type': 'text/plain' },
    status: 415,
  },
  {
    name: 'form content type',
    method: 'POST',
    path: '/api/v1/pledges',
    body: 'donor=Japan',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    status: 415,
  },
  {
    name: 'body over 1 MB',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, description: big },
    status: 413,
  },
  {
    name: 'unknown field',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, colour: 'red' },
    status: 422,
    field: 'colour',
  },
  {
    name: 'output field sent back',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, amountMinor: 1 },
    status: 422,
    field: 'amountMinor',
  },
  {
    name: 'title of the wrong type',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, title: 5 },
    status: 422,
    field: 'title',
  },
  {
    name: 'missing title',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, title: '  ' },
    status: 422,
    field: 'title',
  },
  {
    name: 'unknown category',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, category: 'weapons' },
    status: 422,
    field: 'category',
  },
  {
    name: 'negative amount',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, amount: '-5' },
    status: 422,
    field: 'amount',
  },
  {
    name: 'amount in exponent form',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, amount: 1e21 },
    status: 422,
    field: 'amount',
  },
  {
    name: 'too many decimals',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, amount: '1.234' },
    status: 422,
    field: 'amount',
  },
  {
    name: 'unknown currency',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, currency: 'XQZ' },
    status: 422,
    field: 'currency',
  },
  {
    name: 'impossible date',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, announcedOn: '2024-02-30' },
    status: 422,
    field: 'announcedOn',
  },
  {
    name: 'amount without a source',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, sources: [] },
    status: 422,
    field: 'sources',
  },
  {
    name: 'sources not a list',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, sources: 'https://x.org' },
    status: 422,
    field: 'sources',
  },
  {
    name: 'source with a bad url',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, sources: [{ url: 'javascript:alert(1)' }] },
    status: 422,
    field: 'sources.0.url',
  },
  {
    name: 'parent that does not exist',
    method: 'POST',
    path: '/api/v1/pledges',
    body: { ...NEW_PLEDGE, parentId: 99999999 },
    status: 422,
    field: 'parentId',
  },
  {
    name: 'bad token',
    method: 'POST',
    path: '/api/v1/pledges',
    body: NEW_PLEDGE,
    auth: 'apt_not-a-real-token',
    status: 401,
  },
  {
    name: 'malformed Authorization',
    method: 'POST',
    path: '/api/v1/pledges',
    body: NEW_PLEDGE,
    headers: { Authorization: 'Basic abc' },
    auth: null,
    status: 401,
  },
  {
    name: 'PATCH unknown id',
    method: 'PATCH',
    path: '/api/v1/pledges/99999999',
    body: { version: 1, title: 'x' },
    status: 404,
  },
  {
    name: 'PATCH non-numeric id',
    method: 'PATCH',
    path: '/api/v1/pledges/abc',
    body: { version: 1, title: 'x' },
    status: 404,
  },
  {
    name: 'PATCH without version',
    method: 'PATCH',
    path: '/api/v1/pledges/1',
    body: { title: 'x' },
    status: 422,
    field: 'version',
  },
  {
    name: 'PATCH version as text',
    method: 'PATCH',
    path: '/api/v1/pledges/1',
    body: { version: '1', title: 'x' },
    status: 422,
    field: 'version',
  },
  {
    name: 'PATCH stale version',
    method: 'PATCH',
    path: '/api/v1/pledges/1',
    body: { version: 99, title: 'x' },
    status: 409,
  },
  {
    name: 'PATCH invalid stage',
    method: 'PATCH',
    path: '/api/v1/pledges/1',
    body: { version: 1, stage: 'promised' },
    status: 422,
    field: 'stage',
  },
  {
    name: 'DELETE without reason',
    method: 'DELETE',
    path: '/api/v1/pledges/1',
    body: {},
    status: 422,
    field: 'reason',
  },
  {
    name: 'DELETE with an unknown field',
    method: 'DELETE',
    path: '/api/v1/pledges/1',
    body: { reason: 'x', hard: true },
    status: 422,
    field: 'hard',
  },
  {
    name: 'DELETE unknown id',
    method: 'DELETE',
    path: '/api/v1/pledges/99999999',
    body: { reason: 'x' },
    status: 404,
  },
  {
    name: 'PUT is not a method here',
    method: 'PUT',
    path: '/api/v1/pledges/1',
    body: { version: 1 },
    status: 405,
  },
  { name: 'POST to the summary', method: 'POST', path: '/api/v1/summary', body: {}, status: 405 },
];

describe('bad requests', () => {
  test.each(CASES)('$name → $status, error shape, nothing written', async (c) => {
    const state = async () => ({
      data: (await getDataVersion()).version,
      pledges: await countPledges(EMPTY_FILTERS, true),
      revisions: (await listRecentRevisions(1))[0]?.id ?? 0,
      first: (await getPledge(1))?.version,
    });
    const before = await state();
    const headers = { ...c.headers };
    const res = await call(base, c.method, c.path, {
      token: c.auth === undefined ? token : (c.auth ?? undefined),
      body: c.body,
      headers,
    });
    expect(res.status).toBe(c.status);
    expectErrorShape(res.json);
    if (c.field) expect(Object.keys(res.json.error.fields ?? {})).toContain(c.field);
    if (c.status === 405) expect(res.headers.get('allow')).toMatch(/GET/);
    expect(await state()).toEqual(before);
  });

  test('a body over 1 MB without Content-Length is refused by the bytes read', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 1_200_000) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${base}/api/v1/pledges`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    } as RequestInit);
    expect(res.status).toBe(413);
    expectErrorShape(await res.json());
  });
});
