// Re-authentication over HTTP against `npm start`: creating an API token and managing accounts ask
// for the password again when this session last gave it over 15 minutes ago. The session's time is
// set back in the server's own SQLite file, so the rule is met as it is in use.
import { describe, test, expect, beforeAll, beforeEach, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer } from './api-support';
import { actionId, callAction, sessionCookie } from '../support/http-editor';
import { passwordGivenMinutesAgo } from '../support/session-rows';
import { databaseFingerprint } from '../support/db-fingerprint';
import { createUser, disableUser, type PublicUser } from '../../db/accounts/users';

let server: RunningServer;
let admin: PublicUser;
let cookie: string;
let serial = 0;
const PASSWORD = 'admin password 2024';
const ASKED = 'Confirm your password: you last gave it over 15 minutes ago';
const USERS = 'app/editor/users/actions.ts';

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

const target = () =>
  createUser({
    email: `reauth-target-${++serial}@example.org`,
    password: 'target password 12',
    role: 'editor',
    name: `Target ${serial}`,
  });

type Call = {
  file: string;
  name: string;
  page: string;
  fields: () => [string, string][] | Promise<[string, string][]>;
};
const CALLS: Record<string, Call> = {
  'creating an API token': {
    file: 'app/editor/settings/actions.ts',
    name: 'createTokenAction',
    page: '/editor/settings',
    fields: () => [['label', `script ${++serial}`]],
  },
  'inviting an account': {
    file: USERS,
    name: 'inviteUserAction',
    page: '/editor/users',
    fields: () => [
      ['email', `invited-${++serial}@example.org`],
      ['name', `Invited ${serial}`],
      ['password', 'invited password 1'],
      ['role', 'editor'],
    ],
  },
  'changing a role': {
    file: USERS,
    name: 'updateUserAction',
    page: '/editor/users',
    fields: async () => [
      ['id', String((await target()).id)],
      ['intent', 'role'],
      ['role', 'admin'],
    ],
  },
  'disabling an account': {
    file: USERS,
    name: 'updateUserAction',
    page: '/editor/users',
    fields: async () => [
      ['id', String((await target()).id)],
      ['intent', 'disable'],
      ['confirm', 'yes'],
    ],
  },
  'enabling an account': {
    file: USERS,
    name: 'updateUserAction',
    page: '/editor/users',
    fields: async () => {
      const t = await target();
      await disableUser(t.id);
      return [
        ['id', String(t.id)],
        ['intent', 'enable'],
      ];
    },
  },
  'resetting a password': {
    file: USERS,
    name: 'updateUserAction',
    page: '/editor/users',
    fields: async () => [
      ['id', String((await target()).id)],
      ['intent', 'password'],
      ['password', 'temporary password 1'],
    ],
  },
};

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
