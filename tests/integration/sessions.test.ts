// Server-side sessions over HTTP against `npm start`: the session cookie names a row in the
// sessions table, and the server refuses a cookie whose row has ended.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer } from './api-support';
import { sessionCookie } from '../support/http-editor';
import { signOutOverHttp } from '../support/session-rows';
import { createUser, disableUser, enableUser } from '../../db/accounts/users';
import { changeOwnPassword } from '../../db/accounts/passwords';

let server: RunningServer;
beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server?.stop();
});

const settings = (cookie: string) =>
  fetch(`${server.url}/editor/settings`, { headers: { cookie }, redirect: 'manual' });
const PASSWORD = 'session password 12';

async function expectSentToLogin(cookie: string) {
  const res = await settings(cookie);
  await res.arrayBuffer();
  expect(res.status).toBe(307);
  expect(new URL(res.headers.get('location')!, server.url).pathname).toBe('/login');
}

describe('server-side sessions', () => {
  test('a session cookie kept after signing out no longer opens /editor/settings', async () => {
    await createUser({ email: 'kept@example.org', password: PASSWORD, role: 'editor', name: 'Kept Cookie' });
    const cookie = await sessionCookie(server.url, 'kept@example.org', PASSWORD);
    expect((await settings(cookie)).status).toBe(200);
    await signOutOverHttp(server.url, cookie);
    await expectSentToLogin(cookie);
  });

  test('signing out ends only that session: the same account signed in elsewhere stays in', async () => {
    await createUser({
      email: 'two-browsers@example.org',
      password: PASSWORD,
      role: 'editor',
      name: 'Two Browsers',
    });
    const laptop = await sessionCookie(server.url, 'two-browsers@example.org', PASSWORD);
    const phone = await sessionCookie(server.url, 'two-browsers@example.org', PASSWORD);
    await signOutOverHttp(server.url, laptop);
    expect((await settings(phone)).status).toBe(200);
  });

  test('disabling an account ends its sessions for good: enabling it again does not bring them back', async () => {
    const user = await createUser({
      email: 'disabled-once@example.org',
      password: PASSWORD,
      role: 'editor',
      name: 'Disabled Once',
    });
    const cookie = await sessionCookie(server.url, 'disabled-once@example.org', PASSWORD);
    await disableUser(user.id);
    await enableUser(user.id);
    await expectSentToLogin(cookie);
  });

  test("changing the password ends the account's sessions", async () => {
    const user = await createUser({
      email: 'new-password@example.org',
      password: PASSWORD,
      role: 'editor',
      name: 'New Password',
    });
    const cookie = await sessionCookie(server.url, 'new-password@example.org', PASSWORD);
    await changeOwnPassword(user.id, {
      current: PASSWORD,
      password: 'another password 12',
      confirm: 'another password 12',
    });
    await expectSentToLogin(cookie);
  });
});
