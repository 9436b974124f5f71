// Hardening the hostile-input tests rely on: sign-in throttling that says nothing about whether an
// account exists, CSV exports that no spreadsheet runs as formulas, body size limits at the server
// actions, and no secrets or stack traces in responses or in the server's log.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startApiServer, call, NEW_PLEDGE } from './api-support';
import type { RunningServer } from '../support/server';
import { actionId, callAction, sessionCookie, signInOverHttp } from '../support/http-editor';
import { databaseFingerprint } from '../support/db-fingerprint';
import { AUTH_SECRET, leaks } from '../support/hostile-inputs';
import { createUser } from '../../db/accounts/users';
import { createApiToken } from '../../db/accounts/tokens';
import { createPledge } from '../../db/pledges/writes';

let server: RunningServer;
let token: string;
const PASSWORD = 'hardening password 1';
const FORMULAS = [
  '=HYPERLINK("https://evil.example","click")',
  "+1+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
];

beforeAll(async () => {
  server = await startApiServer();
  const editor = await createUser({ email: 'hardening@example.org', password: PASSWORD, role: 'editor' });
  token = (await createApiToken(editor.id, 'hardening')).token;
});
afterAll(async () => {
  await server?.stop();
});

/** Tries a sign-in from one address per account, so only the (account, address) count matters. */
const ADDRESSES: Record<string, string> = {
  'hardening@example.org': '10.7.0.1',
  'nobody-here@example.org': '10.7.0.2',
};
const attempt = (email: string, password: string) =>
  signInOverHttp(server.url, email, password, { 'x-forwarded-for': ADDRESSES[email] });

describe('hardening', () => {
  test('five failed sign-ins lock the account from that address, and an unknown e-mail is locked the same way', async () => {
    for (const email of ['hardening@example.org', 'nobody-here@example.org']) {
      const errors: (string | null)[] = [];
      for (let i = 0; i < 6; i++) errors.push((await attempt(email, `wrong password ${i}`)).error);
      expect(errors, email).toEqual([
        'CredentialsSignin',
        'CredentialsSignin',
        'CredentialsSignin',
        'CredentialsSignin',
        'TooManyAttempts',
        'TooManyAttempts',
      ]);
    }
    const locked = await attempt('hardening@example.org', PASSWORD);
    expect(locked.cookie).toBeNull();
    expect(locked.error).toBe('TooManyAttempts');
    // The page turns both codes into fixed sentences that never name the account.
    const page = await (await fetch(`${server.url}/login`)).text();
    expect(page).not.toContain('hardening@example.org');
  });

  test('CSV export: text that starts like a formula is written as text', async () => {
    for (const [i, text] of FORMULAS.entries()) {
      await createPledge(
        {
          ...NEW_PLEDGE,
          title: text,
          description: text,
          donor: `${text} donor ${i}`,
          sources: [{ ...NEW_PLEDGE.sources[0], quote: text, publisher: text }],
        },
        { id: null, label: 'hardening' },
      );
    }
    const csv = await (await fetch(`${server.url}/export/pledges.csv`)).text();
    const rows: Record<string, string>[] = parse(csv, { columns: true, bom: true });
    const injected = rows.filter((r) => FORMULAS.includes(r.title.replace(/^'/, '')));
    expect(injected).toHaveLength(FORMULAS.length);
    for (const row of injected) {
      for (const column of ['title', 'description', 'donor', 'source_quotes', 'source_publishers']) {
        expect(row[column], column).toMatch(/^'[=+\-@]/);
      }
    }
  });

  test('an oversized server-action body is refused without a 5xx and without writing', async () => {
    await createUser({ email: 'hardening-admin@example.org', password: PASSWORD, role: 'admin' });
    const cookie = await sessionCookie(server.url, 'hardening-admin@example.org', PASSWORD);
    const before = await databaseFingerprint(server.databaseUrl);
    const res = await callAction(server.url, {
      page: '/editor/users',
      id: actionId('app/editor/users/actions.ts', 'inviteUserAction'),
      cookie,
      fields: [
        ['email', 'huge@example.org'],
        ['password', 'huge password 12'],
        ['role', 'editor'],
        ['name', 'n'.repeat(3_000_000)],
      ],
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
  });

  test('no stack traces or secrets in error responses or in the server log', async () => {
    const answers = await Promise.all([
      call(server.url, 'POST', '/api/v1/pledges', { token, body: '{"broken' }),
      call(server.url, 'PATCH', '/api/v1/pledges/1', { token, body: { version: 'x', title: 5 } }),
      call(server.url, 'DELETE', '/api/v1/pledges/99999999', { token, body: { reason: 'x' } }),
      call(server.url, 'POST', '/api/v1/pledges', { token: `${token}0`, body: NEW_PLEDGE }),
      call(server.url, 'GET', '/api/v1/pledges?limit=-1&donor=%00'),
    ]);
    for (const a of answers)
      expect(leaks(JSON.stringify(a.json), [AUTH_SECRET, token, PASSWORD])).toEqual([]);
    for (const path of [
      '/pledges/99999999',
      '/donors/%C0%AF',
      '/export/nothing.csv',
      '/editor/pledges/abc',
    ]) {
      expect(leaks(await (await fetch(`${server.url}${path}`)).text(), [AUTH_SECRET])).toEqual([]);
    }
    expect(leaks(server.output(), [AUTH_SECRET, token, PASSWORD, 'wrong password']), server.output()).toEqual(
      [],
    );
  });
});
