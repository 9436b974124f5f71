// While another process holds the database's write lock (as `npm run import` does for a whole
// file), a wrong password must not stall the server, must not show a database error, and is still
// counted once the lock is released.
import { test, expect, beforeAll, afterAll } from 'vitest';
import Database from 'better-sqlite3';
import { startServer, type RunningServer } from '../support/server';
import { signInOverHttp } from '../support/http-editor';
import { describeSqliteOnly } from '../support/engine';

let server: RunningServer;
let holder: Database.Database | null = null;

const failuresFor = (address: string) => {
  const db = new Database(server.dbFile, { readonly: true });
  try {
    return db
      .prepare(`select coalesce(sum(failures), 0) from login_throttle where key like ?`)
      .pluck()
      .get(`%${address}%`) as number;
  } finally {
    db.close();
  }
};

// PostgreSQL has no database-wide write lock; its form of this is throttle-lock-timeout.test.ts.
describeSqliteOnly('a failed sign-in while the write lock is held elsewhere (SQLite only)', () => {
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    if (holder?.inTransaction) holder.exec('rollback');
    holder?.close();
    await server?.stop();
  });

  test('answers at once with the usual failure, keeps the server responsive, and is recorded afterwards', async () => {
    holder = new Database(server.dbFile);
    holder.exec('begin immediate');
    const started = Date.now();
    const [attempt, health] = await Promise.all([
      signInOverHttp(server.url, 'locked-out@example.org', 'wrong password', {
        'x-forwarded-for': '198.51.100.41',
      }),
      (async () => {
        await new Promise((r) => setImmediate(r));
        const t = Date.now();
        await (await fetch(`${server.url}/api/health`)).arrayBuffer();
        return Date.now() - t;
      })(),
    ]);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(health).toBeLessThan(2_000);
    expect(attempt.error).toBe('CredentialsSignin');
    expect(attempt.body).not.toMatch(/locked|SQLITE|database/i);
    expect(failuresFor('198.51.100.41')).toBe(0);
    holder.exec('rollback');
    await expect.poll(() => failuresFor('198.51.100.41'), { timeout: 30_000 }).toBeGreaterThan(0);
  });
});
