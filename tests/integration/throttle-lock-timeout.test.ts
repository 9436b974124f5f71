// A failed sign-in whose write must wait: on SQLite another process holds the write lock (as
// `npm run import` does; throttle-busy.test.ts plays it through a server), on PostgreSQL another
// transaction holds the throttle row. The write gives up after its short wait
// (db/accounts/deferred-writes.ts), the failure still counts at once from memory, and it is written
// once the lock is free; the refusal is known as "busy" (lib/validation.ts), so nothing is logged.
import { describe, test, expect, beforeAll, vi } from 'vitest';
import pg from 'pg';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { onTestPostgres, useTestDatabase } from '../support/engine';
import { read } from '../../db/connection';
import { loginThrottle } from '../../db/tables';
import { checkLoginThrottle, MAX_FAILURES, pairKey, recordLoginFailure } from '../../db/accounts/throttle';

let url = '';
beforeAll(async () => {
  url = await useTestDatabase();
});

/** Another session holds what `key`'s write needs; resolves to its release. */
async function holdLock(key: string): Promise<() => Promise<void>> {
  if (!onTestPostgres()) {
    const other = new Database(url.slice('file:'.length));
    other.exec('begin immediate');
    return async () => {
      other.exec('rollback');
      other.close();
    };
  }
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  await holder.query('begin');
  await holder.query('select * from login_throttle where key = $1 for update', [key]);
  return async () => {
    await holder.query('rollback');
    await holder.end();
  };
}

const stored = async (key: string) =>
  (await read((db) => db.select().from(loginThrottle).where(eq(loginThrottle.key, key))))[0];

describe('a failed sign-in whose write finds the lock held', () => {
  test('answers at once, counts the failure from memory, and writes it once the row is free', async () => {
    const keys = [pairKey('held-row@example.org', '198.51.100.77')];
    await recordLoginFailure(keys);
    await expect.poll(async () => (await stored(keys[0]))?.failures).toBe(1);
    const logged = vi.spyOn(console, 'error');
    const release = await holdLock(keys[0]);
    try {
      const started = Date.now();
      let state = { locked: false, retryAfterSeconds: 0 };
      for (let i = 1; i < MAX_FAILURES; i++) state = await recordLoginFailure(keys);
      expect(Date.now() - started).toBeLessThan(3_000);
      // The fifth failure locks, four of them still only in memory.
      expect(state.locked).toBe(true);
      expect((await stored(keys[0])).failures).toBe(1);
    } finally {
      await release();
    }
    await expect.poll(async () => (await stored(keys[0])).failures, { timeout: 10_000 }).toBe(MAX_FAILURES);
    expect((await stored(keys[0])).lockedUntil).not.toBeNull();
    expect((await checkLoginThrottle(keys)).locked).toBe(true);
    expect(logged.mock.calls.filter((call) => String(call[0]).includes('could not record'))).toEqual([]);
  });
});
