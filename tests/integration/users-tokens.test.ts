import { describe, test, expect, beforeAll } from 'vitest';
import { useTempDatabase } from '../support/temp-db';
import { createUser, createFirstAdmin, verifyCredentials, disableUser, enableUser, getUserByEmail, listUsers } from '../../db/accounts/users';
import { createApiToken, verifyApiToken, revokeApiToken, listApiTokens } from '../../db/accounts/tokens';
import type { ValidationError } from '../../lib/validation';

beforeAll(() => useTempDatabase());

describe('accounts', () => {
  test('first admin only while no account exists', () => {
    const admin = createFirstAdmin({ email: 'Admin@Example.org', password: 'correct horse battery' });
    expect(admin).toMatchObject({ email: 'admin@example.org', role: 'admin' });
    expect('passwordHash' in admin).toBe(false);
    expect(() => createFirstAdmin({ email: 'second@example.org', password: 'correct horse battery' })).toThrow(/setup is closed/);
  });

  test('validation names the field', () => {
    const fields = (input: Parameters<typeof createUser>[0]) => { try { createUser(input); return {}; } catch (e) { return (e as ValidationError).fields; } };
    expect(fields({ email: 'x', password: 'long enough password', role: 'editor' }).email[0]).toMatch(/email must be an address/);
    expect(fields({ email: 'e@example.org', password: 'short', role: 'editor' }).password[0]).toMatch(/at least 12/);
    expect(fields({ email: 'e@example.org', password: 'long enough password', role: 'owner' as 'editor' }).role[0]).toMatch(/role must be one of/);
    expect(fields({ email: 'admin@example.org', password: 'long enough password', role: 'editor' }).email[0]).toMatch(/already has an account/);
  });

  test('credentials: right password, wrong password, disabled', () => {
    const editor = createUser({ email: 'ed@example.org', password: 'a very long password', role: 'editor' });
    expect(verifyCredentials('ED@example.org', 'a very long password')?.id).toBe(editor.id);
    expect(verifyCredentials('ed@example.org', 'wrong password here')).toBeNull();
    expect(verifyCredentials('nobody@example.org', 'a very long password')).toBeNull();
    disableUser(editor.id);
    expect(verifyCredentials('ed@example.org', 'a very long password')).toBeNull();
    enableUser(editor.id);
    expect(listUsers().map((u) => u.email)).toEqual(['admin@example.org', 'ed@example.org']);
  });
});

describe('API tokens', () => {
  test('shown once, stored hashed, revocable, and revoked for good with a disabled user', () => {
    const user = getUserByEmail('ed@example.org')!;
    const { id, token } = createApiToken(user.id, 'newsroom script');
    expect(token).toMatch(/^apt_/);
    expect(verifyApiToken(token)?.email).toBe('ed@example.org');
    expect(verifyApiToken(`${token}x`)).toBeNull();
    expect(JSON.stringify(listApiTokens(user.id))).not.toContain(token);
    expect(revokeApiToken(id)).toBe(true);
    expect(verifyApiToken(token)).toBeNull();
    expect(revokeApiToken(id)).toBe(false);
    // Disabling revokes every live token for good: enabling the account again revives none.
    const second = createApiToken(user.id, 'second script').token;
    disableUser(user.id);
    expect(verifyApiToken(second)).toBeNull();
    enableUser(user.id);
    expect(verifyApiToken(second)).toBeNull();
  });
});
