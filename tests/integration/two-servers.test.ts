// Several app servers on one PostgreSQL database (PostgreSQL only): both start at once on a fresh
// database (migrations and the seed run once), a write through one is on the other's pages and API
// within a second, and a server killed while writing loses nothing it acknowledged.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { RunningServer } from '../support/server';
import { startServer } from '../support/server';
import { call, NEW_PLEDGE } from './api-support';
import { describePostgresOnly, newTestDatabaseUrl, onTestPostgres } from '../support/engine';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';
import { countPledges } from '../../db/pledges/list';
import { closeDatabase } from '../../db/connection';
import { EMPTY_FILTERS } from '../../lib/filters';

let a: RunningServer;
let b: RunningServer;
let token: string;

beforeAll(async () => {
  if (!onTestPostgres()) return;
  // An empty database, not the migrated template: both servers migrate and seed it at the same time.
  const url = await newTestDatabaseUrl({ empty: true });
  [a, b] = await Promise.all([startServer({ databaseUrl: url }), startServer({ databaseUrl: url })]);
  process.env.DATABASE_URL = url;
  const editor = await createUser({
    email: 'two-servers@example.org',
    password: 'a very long password',
    role: 'editor',
    name: 'Two Servers',
  });
  token = (await createApiToken(editor.id, 'two servers')).token;
}, 240_000);
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await closeDatabase();
});

async function within<T>(
  ms: number,
  probe: () => Promise<T | undefined>,
): Promise<{ value: T | undefined; took: number }> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined || Date.now() - started > ms) return { value, took: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describePostgresOnly('two servers on one PostgreSQL database (PostgreSQL only)', () => {
  test('both started together on a fresh database: migrated once, seeded once', async () => {
    const seeded = await countPledges(EMPTY_FILTERS);
    expect(seeded).toBeGreaterThan(0);
    const [fromA, fromB] = await Promise.all([
      call(a.url, 'GET', '/api/v1/pledges?limit=1'),
      call(b.url, 'GET', '/api/v1/pledges?limit=1'),
    ]);
    expect(fromA.json.total ?? fromA.json.count).toBe(fromB.json.total ?? fromB.json.count);
    expect(a.output() + b.output()).not.toMatch(/error/i);
  });

  test("a pledge created through one server is on the other's dashboard and API within a second", async () => {
    const title = `Seen everywhere ${Date.now()}`;
    const created = await call(a.url, 'POST', '/api/v1/pledges', { token, body: { ...NEW_PLEDGE, title } });
    expect(created.status).toBe(201);
    const onApi = await within(1000, async () => {
      const r = await call(b.url, 'GET', `/api/v1/pledges/${created.json.id}`);
      return r.status === 200 ? r.json.title : undefined;
    });
    expect(onApi.value).toBe(title);
    const onDashboard = await within(1000, async () => {
      const html = await (await fetch(`${b.url}/?q=${encodeURIComponent(title)}`)).text();
      return html.includes(title) ? true : undefined;
    });
    expect(onDashboard.value).toBe(true);
  });

  test('a server killed while writing loses nothing it acknowledged', async () => {
    const acknowledged: number[] = [];
    let stop = false;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; !stop; i++) {
        const r = await call(a.url, 'POST', '/api/v1/pledges', {
          token,
          body: { ...NEW_PLEDGE, title: `Killed mid-write ${w}-${i}` },
        }).catch(() => null);
        if (r?.status === 201) acknowledged.push(r.json.id);
        if (!r) return;
      }
    });
    await within(10_000, async () => (acknowledged.length >= 20 ? true : undefined));
    process.kill(-a.process.pid!, 'SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThanOrEqual(20);
    for (const id of acknowledged) {
      const r = await call(b.url, 'GET', `/api/v1/pledges/${id}`);
      expect(r.status, `pledge ${id} was acknowledged`).toBe(200);
    }
  });
});
