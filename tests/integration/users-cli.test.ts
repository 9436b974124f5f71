// `npm run users` obeys the account rules the pages obey, because the verbs enforce them inside
// their transaction: the last active admin stays, a display name is required, passwords on stdin.
import { describe, test, expect, beforeAll } from 'vitest';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { useTestDatabase } from '../support/engine';
import { createUser, getUserByEmail, verifyCredentials } from '../../db/accounts/users';

const root = path.resolve(import.meta.dirname, '../..');
let url: string;

function usersCli(args: string[], input = ''): { status: number | null; out: string } {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/users.ts',
      ...args,
    ],
    {
      cwd: root,
      input,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: url },
    },
  );
  return { status: r.status, out: r.stdout + r.stderr };
}

beforeAll(async () => {
  url = await useTestDatabase();
  await createUser({
    email: 'only-admin@example.org',
    password: 'the admin password',
    role: 'admin',
    name: 'Only Admin',
  });
  await createUser({
    email: 'editor@example.org',
    password: 'the editor password',
    role: 'editor',
    name: 'Eda',
  });
});

describe('npm run users', () => {
  test('refuses to disable the last active admin', async () => {
    const r = usersCli(['disable', 'only-admin@example.org']);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/only active admin/);
    expect((await getUserByEmail('only-admin@example.org'))?.disabledAt).toBeNull();
  });

  test('refuses to demote the last active admin', async () => {
    const r = usersCli(['role', 'only-admin@example.org', '--role', 'editor']);
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/only active admin/);
    expect((await getUserByEmail('only-admin@example.org'))?.role).toBe('admin');
  });

  test('with a second admin, the first may be demoted', async () => {
    expect(usersCli(['role', 'editor@example.org', '--role', 'admin']).status).toBe(0);
    const r = usersCli(['role', 'only-admin@example.org', '--role', 'editor']);
    expect(r.status, r.out).toBe(0);
    expect((await getUserByEmail('only-admin@example.org'))?.role).toBe('editor');
  });

  test('add refuses an account without a display name, naming the field', async () => {
    const r = usersCli(['add', 'nameless@example.org', '--role', 'editor'], 'a long enough password\n');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/display name is required/);
    expect(await getUserByEmail('nameless@example.org')).toBeNull();
  });

  test('password reads the new password from stdin', async () => {
    const r = usersCli(['password', 'editor@example.org'], 'a brand new password\n');
    expect(r.status, r.out).toBe(0);
    expect(r.out).not.toContain('a brand new password');
    expect(await verifyCredentials('editor@example.org', 'a brand new password')).not.toBeNull();
    expect(await verifyCredentials('editor@example.org', 'the editor password')).toBeNull();
  });
});
