// npm start on a PostgreSQL URL it cannot use stops with one line saying which of the usual causes it
// is, before building or serving. Each test runs against a real cluster of its own, on either TEST_ENGINE.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../support/server';
import { startCluster, type Cluster } from '../support/postgres';

const root = path.resolve(import.meta.dirname, '..', '..');
const SECRET = 'start-errors-secret-start-errors-secret-0';

function start(env: Record<string, string>) {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/start.ts',
    ],
    {
      cwd: root,
      env: { ...process.env, PORT: '1', AUTH_SECRET: SECRET, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: r.status, lines: r.stderr.trim().split('\n').filter(Boolean) };
}

let open: Cluster;
let guarded: Cluster;
beforeAll(async () => {
  [open, guarded] = await Promise.all([startCluster(), startCluster({ password: 'the-right-password' })]);
}, 60_000);
afterAll(async () => {
  await Promise.all([open?.stop(), guarded?.stop()]);
});

describe('npm start on PostgreSQL refuses what it cannot use with one clear line', () => {
  test('nothing listens at the address', async () => {
    const r = start({ DATABASE_URL: `postgres://postgres@127.0.0.1:${await freePort()}/pledges` });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:\d+: connection refused/);
  });

  test('the password is wrong, and the message does not repeat it', () => {
    const url = new URL(guarded.adminUrl);
    url.password = 'a-wrong-password';
    const r = start({ DATABASE_URL: url.toString() });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/refused the password for user "postgres"/);
    expect(r.lines[0]).not.toContain('a-wrong-password');
  });

  test('the database does not exist', () => {
    const url = new URL(open.adminUrl);
    url.pathname = '/no_such_tracker';
    const r = start({ DATABASE_URL: url.toString() });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/has no database "no_such_tracker"; create it first/);
  });

  test('the URL cannot be read', () => {
    const r = start({ DATABASE_URL: 'postgres://127.0.0.1:notaport/pledges' });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/DATABASE_URL is not a valid PostgreSQL URL/);
  });

  test('AUTH_SECRET is not set: every server must sign cookies with the same one', () => {
    const r = start({ DATABASE_URL: open.adminUrl, AUTH_SECRET: '', NEXTAUTH_SECRET: '' });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      'aid-pledge-tracker: AUTH_SECRET must be set on PostgreSQL (at least 32 characters, the same on every server): openssl rand -base64 32',
    ]);
  });
});
