// Races PostgreSQL's READ COMMITTED allows and SQLite's one writer never did, each played out by
// hand: transaction A does its part and stays open, B starts and runs until it waits on A (or
// finishes), then A commits and B ends. Each test failed against the verb as first converted (a
// read, then a write that trusted it).
import { test, expect, beforeAll } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { describePostgresOnly, useTestDatabase } from '../support/engine';
import { firstRow, read, writeTransaction } from '../../db/connection';
import { loginThrottle, users } from '../../db/tables';
import {
  countActiveAdmins,
  createFirstAdmin,
  createUser,
  disableUser,
  setUserRole,
} from '../../db/accounts/users';
import { writeFailure } from '../../db/accounts/throttle-writes';
import { ValidationError } from '../../lib/validation';

beforeAll(() => useTestDatabase());

let serial = 0;
const email = (what: string) => `${what}-${++serial}@example.org`;
const PASSWORD = 'a race test password';

/** A promise the test opens when it chooses. */
function latch() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/** Transaction A: `step` runs in it, then A stays open until `release` is opened; resolves once A has done its step. */
async function holdOpen<T>(step: (tx: Parameters<Parameters<typeof writeTransaction>[0]>[0]) => Promise<T>) {
  const stepped = latch();
  const release = latch();
  const done = writeTransaction(
    async (tx) => {
      const result = await step(tx);
      stepped.open();
      await release.opened;
      return result;
    },
    { touchesData: false },
  );
  await Promise.race([stepped.opened, done]);
  return { release: release.open, done };
}

/** Until another session of this database waits on a lock held by A, or `b` has settled (it did not wait). */
async function untilWaitingOrSettled(b: Promise<unknown>): Promise<void> {
  let settled = false;
  void b.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let i = 0; i < 200 && !settled; i++) {
    const row = await read((db) =>
      firstRow<{ n: number }>(
        db,
        sql`select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`,
      ),
    );
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A, then B while A is open, then A's commit; B's outcome. */
async function interleave<A>(
  a: (tx: Parameters<Parameters<typeof writeTransaction>[0]>[0]) => Promise<A>,
  b: () => Promise<unknown>,
) {
  const first = await holdOpen(a);
  const second = b();
  await untilWaitingOrSettled(second);
  first.release();
  await first.done;
  return second.then(
    (value) => ({ value, error: null }),
    (error: unknown) => ({ value: null, error }),
  );
}

describePostgresOnly('first-run setup under concurrent submissions (PostgreSQL only)', () => {
  // First in the file: it needs a database with no account yet.
  test('two first-run setups at once make one admin: the second finds setup closed', async () => {
    const stepped = latch();
    const release = latch();
    const first = createFirstAdmin(
      { email: email('setup-a'), password: PASSWORD, name: 'Setup A' },
      async () => {
        stepped.open();
        await release.opened;
      },
    );
    await stepped.opened;
    const second = createFirstAdmin({ email: email('setup-b'), password: PASSWORD, name: 'Setup B' });
    await untilWaitingOrSettled(second);
    release.open();
    await first;
    await expect(second).rejects.toThrow(/setup is closed/);
    expect(await read((db) => db.select().from(users))).toHaveLength(1);
  });
});

describePostgresOnly('account races (PostgreSQL only)', () => {
  test('two accounts for one e-mail at once: the second is told the e-mail is taken', async () => {
    const address = email('twice');
    const second = await interleave(
      () => createUser({ email: address, password: PASSWORD, role: 'editor', name: 'First' }),
      () => createUser({ email: address, password: PASSWORD, role: 'editor', name: 'Second' }),
    );
    expect(second.error).toBeInstanceOf(ValidationError);
    expect((second.error as ValidationError).fields.email[0]).toMatch(/already has an account/);
    expect(await read((db) => db.select().from(users).where(eq(users.email, address)))).toHaveLength(1);
  });

  test('two failed sign-ins of one key at once count two failures', async () => {
    const key = `pair:192.0.2.77|${email('race')}`;
    const at = Date.now();
    await interleave(
      (tx) => writeFailure(tx, key, at),
      () => writeTransaction((tx) => writeFailure(tx, key, at + 1), { touchesData: false }),
    );
    const [row] = await read((db) => db.select().from(loginThrottle).where(eq(loginThrottle.key, key)));
    expect(row.failures).toBe(2);
  });
});

describePostgresOnly('the last active admin under concurrent changes (PostgreSQL only)', () => {
  /** Two active admins and nobody else active: every other admin of earlier tests is disabled. */
  async function twoAdmins() {
    const others = await read((db) => db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')));
    const x = await createUser({
      email: email('admin-x'),
      password: PASSWORD,
      role: 'admin',
      name: 'Admin X',
    });
    const y = await createUser({
      email: email('admin-y'),
      password: PASSWORD,
      role: 'admin',
      name: 'Admin Y',
    });
    for (const { id } of others) await disableUser(id);
    expect(await read((db) => countActiveAdmins(db))).toBe(2);
    return { x, y };
  }

  test('two admins demoting each other at once: the second is refused, one admin remains', async () => {
    const { x, y } = await twoAdmins();
    const second = await interleave(
      () => setUserRole(x.id, 'editor'),
      () => setUserRole(y.id, 'editor'),
    );
    expect((second.error as Error | null)?.message).toMatch(/only active admin/);
    expect(await read((db) => countActiveAdmins(db))).toBe(1);
  });

  test('one admin demoted while the other is disabled: the second change is refused', async () => {
    const { x, y } = await twoAdmins();
    const second = await interleave(
      () => setUserRole(x.id, 'editor'),
      () => disableUser(y.id),
    );
    expect((second.error as Error | null)?.message).toMatch(/only active admin/);
    expect(await read((db) => countActiveAdmins(db))).toBe(1);
  });
});
