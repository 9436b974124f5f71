import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import {
  createUser,
  createFirstAdmin,
  verifyCredentials,
  disableUser,
  enableUser,
  getUserByEmail,
  listUsers,
} from '../../db/accounts/users';
import { createApiToken, verifyApiToken, revokeApiToken, listApiTokens } from '../../db/accounts/tokens';
import type { ValidationError } from '../../lib/validation';

beforeAll(() => useTestDatabase());

describe('accounts', () => {
  test('first admin only while no account exists', async () => {
    const admin = await createFirstAdmin({ email: 'Admin@Example.org', password: 'correct horse battery' });
    expect(admin).toMatchObject({ email: 'admin@example.org', role: 'admin' });
    expect('passwordHash' in admin).toBe(false);
    await expect(
      createFirstAdmin({ email: 'second@example.org', password: 'correct horse battery' }),
    ).rejects.toThrow(/setup is closed/);
  });

  test('validation names the field', async () => {
    const fields = async (input: Parameters<typeof createUser>[0]) => {
      try {
        await createUser(input);
        return {};
      } catch (e) {
        return (e as ValidationError).fields;
      }
    };
    expect((await fields({ email: 'x', password: 'long enough password', role: 'editor' })).email[0]).toMatch(
      /email must be an address/,
    );
    expect((await fields({ email: 'e@example.org', password: 'short', role: 'editor' })).password[0]).toMatch(
      /at least 12/,
    );
    expect(
      (await fields({ email: 'e@example.org', password: 'long enough password', role: 'owner' as 'editor' }))
        .role[0],
    ).toMatch(/role must be one of/);
    expect(
      (await fields({ email: 'admin@example.org', password: 'long enough password', role: 'editor' }))
        .email[0],
    ).toMatch(/already has an account/);
  });

  test('credentials: right password, wrong password, disabled', async () => {
    const editor = await createUser({
      email: 'ed@example.org',
      password: 'a very long password',
      role: 'editor',
    });
    expect((await verifyCredentials('ED@example.org', 'a very long password'))?.id).toBe(editor.id);
    expect(await verifyCredentials('ed@example.org', 'wrong password here')).toBeNull();
    expect(await verifyCredentials('nobody@example.org', 'a very long password')).toBeNull();
    await disableUser(editor.id);
    expect(await verifyCredentials('ed@example.org', 'a very long password')).toBeNull();
    await enableUser(editor.id);
    expect((await listUsers()).map((u) => u.email)).toEqual(['admin@example.org', 'ed@example.org']);
  });
});

describe('API tokens', () => {
  test('shown once, stored hashed, revocable, and revoked for good with a disabled user', async () => {
    const user = (await getUserByEmail('ed@example.org'))!;
    const { id, token } = await createApiToken(user.id, 'newsroom script');
    expect(token).toMatch(/^apt_/);
    expect((await verifyApiToken(token))?.email).toBe('ed@example.org');
    expect(await verifyApiToken(`${token}x`)).toBeNull();
    expect(JSON.stringify(await listApiTokens(user.id))).not.toContain(token);
    expect(await revokeApiToken(id)).toBe(true);
    expect(await verifyApiToken(token)).toBeNull();
    expect(await revokeApiToken(id)).toBe(false);
    // Disabling revokes every live token for good: enabling the account again revives none.
    const second = (await createApiToken(user.id, 'second script')).token;
    await disableUser(user.id);
    expect(await verifyApiToken(second)).toBeNull();
    await enableUser(user.id);
    expect(await verifyApiToken(second)).toBeNull();
  });
});
