// `npm run users` refuses the passwords the forms refuse (lib/user-schema.ts): one past bcrypt's
// 72 bytes, counted in bytes, and a common one — and creates nothing.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { usersCli } from '../support/editor-browser';
import type { RunningServer } from '../support/server';
import { getUserByEmail } from '../../db/accounts/users';

let database: RunningServer;
// The CLI and this process share the test engine's database (usersCli passes its URL on).
beforeAll(async () => {
  database = { dbFile: '', databaseUrl: await useTestDatabase() } as RunningServer;
});

const add = (email: string, password: string) =>
  usersCli(database, ['add', email, '--role', 'editor', '--name', 'Cli Person'], `${password}\n`);

describe('npm run users add', () => {
  test('a password of 37 two-byte letters (74 bytes) is refused, naming the byte limit', async () => {
    const r = add('long@example.org', 'é'.repeat(37));
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/at most 72 bytes/);
    expect(await getUserByEmail('long@example.org')).toBeNull();
  });

  test('a common password is refused', async () => {
    const r = add('common@example.org', 'Password2024!');
    expect(r.status).toBe(1);
    expect(r.out).toContain('This password is too common');
    expect(await getUserByEmail('common@example.org')).toBeNull();
  });

  test('an uncommon one of 72 bytes is accepted', async () => {
    const r = add('fine@example.org', 'é'.repeat(36));
    expect(r.status, r.out).toBe(0);
    expect(await getUserByEmail('fine@example.org')).not.toBeNull();
  });
});
