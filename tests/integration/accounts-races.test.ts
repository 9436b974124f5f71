// Races PostgreSQL's READ COMMITTED allows and SQLite's one writer never did, each played out by
// hand: transaction A does its part and stays open, B starts and runs until it waits on A (or
// finishes), then A commits and B ends. Each test failed against the verb as first converted (a
// read, then a write that trusted it).
import { test, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { describePostgresOnly, useTestDatabase } from '../support/engine';
import { read, writeTransaction } from '../../db/connection';
import { loginThrottle, users } from '../../db/tables';
import { createFirstAdmin, createUser } from '../../db/accounts/users';
import { writeFailure } from '../../db/accounts/throttle-writes';
import { ValidationError } from '../../lib/validation';
import { PASSWORD, latch, untilWaitingOrSettled, interleave } from '../support/account-races';

beforeAll(() => useTestDatabase());

let serial = 0;
const email = (what: string) => `${what}-${++serial}@example.org`;

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
