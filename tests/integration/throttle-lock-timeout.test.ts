// PostgreSQL's form of throttle-busy.test.ts: there is no database-wide write lock, but another
// transaction may hold a throttle row. The failed sign-in's write then gives up after its lock
// timeout (db/accounts/deferred-writes.ts), the failure still counts at once from memory, and it is
// written when the row is free; the refusal is known as "busy" (lib/validation.ts), so nothing is logged.
import { test, expect, beforeAll, vi } from 'vitest';
import pg from 'pg';
import { eq } from 'drizzle-orm';
import { describePostgresOnly, useTestDatabase } from '../support/engine';
import { read } from '../../db/connection';
import { loginThrottle } from '../../db/tables';
import { checkLoginThrottle, MAX_FAILURES, pairKey, recordLoginFailure } from '../../db/accounts/throttle';

let url = '';
beforeAll(async () => { url = await useTestDatabase(); });

const stored = async (key: string) => (await read((db) => db.select().from(loginThrottle).where(eq(loginThrottle.key, key))))[0];

describePostgresOnly('a failed sign-in whose throttle row another transaction holds (PostgreSQL only)', () => {
  test('answers at once, counts the failure from memory, and writes it once the row is free', async () => {
    const keys = [pairKey('held-row@example.org', '198.51.100.77')];
    await recordLoginFailure(keys);
    await expect.poll(async () => (await stored(keys[0]))?.failures).toBe(1);
    const logged = vi.spyOn(console, 'error');
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select * from login_throttle where key = $1 for update', [keys[0]]);
      const started = Date.now();
      let state = { locked: false, retryAfterSeconds: 0 };
      for (let i = 1; i < MAX_FAILURES; i++) state = await recordLoginFailure(keys);
      expect(Date.now() - started).toBeLessThan(3_000);
      // The fifth failure locks, four of them still only in memory.
      expect(state.locked).toBe(true);
      expect((await stored(keys[0])).failures).toBe(1);
      await holder.query('rollback');
    } finally {
      await holder.end();
    }
    await expect.poll(async () => (await stored(keys[0])).failures, { timeout: 10_000 }).toBe(MAX_FAILURES);
    expect((await stored(keys[0])).lockedUntil).not.toBeNull();
    expect((await checkLoginThrottle(keys)).locked).toBe(true);
    expect(logged.mock.calls.filter((call) => String(call[0]).includes('could not record'))).toEqual([]);
  });
});
