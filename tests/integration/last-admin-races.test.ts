// The last active admin under concurrent changes on PostgreSQL: of two changes that would each leave
// no admin, the second is refused.
import { test, expect, beforeAll } from 'vitest';
import { eq } from 'drizzle-orm';
import { describePostgresOnly, useTestDatabase } from '../support/engine';
import { read } from '../../db/connection';
import { users } from '../../db/tables';
import { countActiveAdmins, createUser, disableUser, setUserRole } from '../../db/accounts/users';
import { PASSWORD, interleave } from '../support/account-races';

beforeAll(() => useTestDatabase());

let serial = 0;
const email = (what: string) => `${what}-${++serial}@example.org`;

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
