import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import type { RunningServer } from '../support/server';
import { startApiServerWithEditor, call, expectErrorShape, NEW_PLEDGE } from './api-support';
import { onTestPostgres } from '../support/engine';
import { createUser, disableUser } from '../../db/accounts/users';
import { createApiToken, revokeApiToken } from '../../db/accounts/tokens';
import { countPledges } from '../../db/pledges/list';
import { getTotals } from '../../db/totals/totals';
import { EMPTY_FILTERS } from '../../lib/filters';

let server: RunningServer;
let base: string;
let token: string;

beforeAll(async () => {
  ({ server, base, token } = await startApiServerWithEditor());
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
