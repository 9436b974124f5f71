// Re-authentication over HTTP against `npm start`: creating an API token and managing accounts ask
// for the password again when this session last gave it over 15 minutes ago. The session's time is
// set back in the server's own SQLite file, so the rule is met as it is in use.
import { describe, test, expect, beforeAll, beforeEach, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer } from './api-support';
import { actionId, callAction, sessionCookie } from '../support/http-editor';
import { passwordGivenMinutesAgo } from '../support/session-rows';
import { databaseFingerprint } from '../support/db-fingerprint';
import { createUser, type PublicUser } from '../../db/accounts/users';
import { ASKED, type Call, CALLS } from '../support/reauth-calls';

let serial = 0;

let server: RunningServer;
let admin: PublicUser;
let cookie: string;
const PASSWORD = 'admin password 2024';

beforeAll(async () => {
  server = await startApiServer();
  admin = await createUser({
    email: 'reauth-admin@example.org',
    password: PASSWORD,
    role: 'admin',
    name: 'Rea Admin',
  });
  cookie = await sessionCookie(server.url, admin.email, PASSWORD);
});
afterAll(async () => {
  await server?.stop();
});

/** Each test from its own address: wrong passwords count towards the sign-in throttle's locks. */
let address = '';
function post(call: Call, fields: [string, string][]) {
  return callAction(server.url, {
    page: call.page,
    id: actionId(call.file, call.name),
    fields,
    cookie,
    headers: { 'x-forwarded-for': address },
  });
}
beforeEach(() => {
  address = `203.0.113.${++serial}`;
});

describe('re-authentication', () => {
  test.each(Object.keys(CALLS))(
    '%s asks for the password again after 15 minutes, and goes on once it is given',
    async (what) => {
      const call = CALLS[what];
      const fields = await call.fields();
      await passwordGivenMinutesAgo(server.databaseUrl, admin.id, 16);
      const before = await databaseFingerprint(server.databaseUrl);
      const asked = await post(call, fields);
      expect(asked.status).toBe(200);
      expect(asked.text).toContain(ASKED);
      expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
      const wrong = await post(call, [...fields, ['reauthPassword', 'not my password at all']]);
      expect(wrong.text).toContain('Confirm your password: that is not your password');
      expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
      const done = await post(call, [...fields, ['reauthPassword', PASSWORD]]);
      expect(done.text).not.toContain('Confirm your password');
      expect(done.text).toContain('"ok":true');
      expect(await databaseFingerprint(server.databaseUrl)).not.toBe(before);
    },
  );

  test('wrong passwords given to confirm count towards the sign-in throttle: after five, even the right one waits', async () => {
    await passwordGivenMinutesAgo(server.databaseUrl, admin.id, 16);
    const call = CALLS['creating an API token'];
    for (let i = 0; i < 5; i++)
      await post(call, [...(await call.fields()), ['reauthPassword', `guess number ${i}`]]);
    const before = await databaseFingerprint(server.databaseUrl);
    const right = await post(call, [...(await call.fields()), ['reauthPassword', PASSWORD]]);
    expect(right.text).toContain('Confirm your password: too many wrong passwords');
    expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
  });

  test('a password given 14 minutes ago is still recent enough: nothing is asked', async () => {
    await passwordGivenMinutesAgo(server.databaseUrl, admin.id, 14);
    const call = CALLS['creating an API token'];
    const answer = await post(call, await call.fields());
    expect(answer.text).not.toContain('Confirm your password');
    expect(answer.text).toContain('"ok":true');
  });

  test('once given, the password is not asked again for the next action', async () => {
    await passwordGivenMinutesAgo(server.databaseUrl, admin.id, 30);
    const call = CALLS['creating an API token'];
    await post(call, [...(await call.fields()), ['reauthPassword', PASSWORD]]);
    const next = await post(call, await call.fields());
    expect(next.text).not.toContain('Confirm your password');
    expect(next.text).toContain('"ok":true');
  });
});
