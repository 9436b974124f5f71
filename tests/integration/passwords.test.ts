// Passwords: one's own change needs the current one; an admin's reset makes the account choose a
// new one before /editor opens again; the last active admin survives every account verb.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startApiServer } from './api-support';
import { actionId, callAction, sessionCookie } from '../support/http-editor';
import {
  createUser,
  disableUser,
  getUserById,
  setUserRole,
  verifyCredentials,
} from '../../db/accounts/users';
import { changeOwnPassword, resetPassword } from '../../db/accounts/passwords';
import type { ValidationError } from '../../lib/validation';

let server: RunningServer;
const fieldsOf = async (fn: () => Promise<unknown>) => {
  try {
    await fn();
    return {};
  } catch (e) {
    return (e as ValidationError).fields;
  }
};

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server?.stop();
});

describe('passwords', () => {
  test("changing one's own password needs the current one", async () => {
    const me = await createUser({
      email: 'self@example.org',
      password: 'my old password',
      role: 'editor',
      name: 'Self',
    });
    expect(
      (
        await fieldsOf(() =>
          changeOwnPassword(me.id, {
            current: 'not my password',
            password: 'my new password',
            confirm: 'my new password',
          }),
        )
      ).current,
    ).toEqual(['current password is not right']);
    expect(
      (
        await fieldsOf(() =>
          changeOwnPassword(me.id, {
            current: 'my old password',
            password: 'my new password',
            confirm: 'my new passw0rd',
          }),
        )
      ).confirm,
    ).toEqual(['the two passwords are not the same']);
    expect(await verifyCredentials('self@example.org', 'my old password')).not.toBeNull();
    await changeOwnPassword(me.id, {
      current: 'my old password',
      password: 'my new password',
      confirm: 'my new password',
    });
    expect(await verifyCredentials('self@example.org', 'my new password')).not.toBeNull();
    expect(await verifyCredentials('self@example.org', 'my old password')).toBeNull();
  });

  test("after an admin's reset, /editor sends the account to choose a new password, and then opens", async () => {
    const user = await createUser({
      email: 'reset@example.org',
      password: 'the first password',
      role: 'editor',
      name: 'Reset Me',
    });
    await resetPassword(user.id, 'temporary password 1', { temporary: true });
    const cookie = await sessionCookie(server.url, 'reset@example.org', 'temporary password 1');
    const editor = await fetch(`${server.url}/editor/settings`, { headers: { cookie }, redirect: 'manual' });
    expect(editor.status).toBeGreaterThanOrEqual(300);
    expect(editor.status).toBeLessThan(400);
    expect(new URL(editor.headers.get('location')!, server.url).pathname).toBe('/password');
    const form = await fetch(`${server.url}/password`, { headers: { cookie } }).then((r) => r.text());
    expect(form).toContain('An admin reset your password');
    // Until then no editor action works either.
    const token = await callAction(server.url, {
      page: '/editor/settings',
      id: actionId('app/editor/settings/actions.ts', 'createTokenAction'),
      fields: [['label', 'x']],
      cookie,
    });
    expect(token.status).toBe(403);
    const changed = await callAction(server.url, {
      page: '/password',
      id: actionId('app/editor/settings/actions.ts', 'changePasswordAction'),
      cookie,
      fields: [
        ['current', 'temporary password 1'],
        ['password', 'my own password 1'],
        ['confirm', 'my own password 1'],
      ],
    });
    expect(changed.redirect).toMatch(/^\/login/);
    expect((await getUserById(user.id))?.mustChangePassword).toBe(false);
    const again = await sessionCookie(server.url, 'reset@example.org', 'my own password 1');
    expect(
      (await fetch(`${server.url}/editor/settings`, { headers: { cookie: again }, redirect: 'manual' }))
        .status,
    ).toBe(200);
  });

  test('the last active admin can be neither disabled nor demoted by the verbs', async () => {
    const admin = await createUser({
      email: 'last-admin@example.org',
      password: 'the admin password',
      role: 'admin',
      name: 'Last Admin',
    });
    await expect(disableUser(admin.id)).rejects.toThrow(/only active admin/);
    await expect(setUserRole(admin.id, 'editor')).rejects.toThrow(/only active admin/);
    expect(await getUserById(admin.id)).toMatchObject({ role: 'admin', disabledAt: null });
  });
});
