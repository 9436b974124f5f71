// The sign-in path as next-auth runs it: authorize (throttled), then the jwt and session callbacks
// that re-check the account on every request.
import { describe, test, expect, beforeAll } from 'vitest';
import type { JWT } from 'next-auth/jwt';
import { useTestDatabase } from '../support/engine';
import { authOptions } from '../../auth';
import { disableUser, enableUser, setUserRole } from '../../db/accounts/users';
import { resetPassword } from '../../db/accounts/passwords';
import { authorize, from } from '../support/authorize';
import { createSignInAccounts } from '../support/sign-in-accounts';

const jwt = authOptions.callbacks!.jwt! as unknown as (args: { token: JWT; user?: unknown }) => Promise<JWT>;
const session = authOptions.callbacks!.session! as unknown as (args: {
  session: object;
  token: JWT;
}) => Promise<{ user: { id: number; role: string } }>;

let editorId = 0;
beforeAll(async () => {
  await useTestDatabase();
  editorId = await createSignInAccounts();
});

async function signedInToken(address = '192.0.2.1'): Promise<JWT> {
  const user = await authorize({ email: 'ed@example.org', password: 'editor password 1' }, from(address));
  expect(user).not.toBeNull();
  return jwt({ token: { email: 'ed@example.org' }, user: user! });
}

describe('jwt and session callbacks', () => {
  test('a session carries the account from the database', async () => {
    const token = await signedInToken();
    expect(token).toMatchObject({ uid: editorId, role: 'editor' });
    await expect(jwt({ token })).resolves.toEqual(token);
    await expect(session({ session: {}, token })).resolves.toMatchObject({
      user: { id: editorId, email: 'ed@example.org', role: 'editor' },
    });
  });

  test.each([
    ['disabled', () => disableUser(editorId), () => enableUser(editorId)],
    ['promoted to admin', () => setUserRole(editorId, 'admin'), () => setUserRole(editorId, 'editor')],
    [
      'given a new password by an admin',
      () => resetPassword(editorId, 'editor password 2', { temporary: false }),
      () => resetPassword(editorId, 'editor password 1', { temporary: false }),
    ],
  ])('an account %s loses its session on the next request', async (_what, change, undo) => {
    const token = await signedInToken();
    await change();
    await expect(jwt({ token })).rejects.toThrow(/disabled or changed/);
    await expect(session({ session: {}, token })).rejects.toThrow(/disabled or changed/);
    await undo();
    // Undoing the change does not revive the old token: the account was touched since sign-in.
    await expect(jwt({ token })).rejects.toThrow();
  });

  test('a token for a missing account is refused', async () => {
    await expect(jwt({ token: { uid: 9999, role: 'editor', stamp: 'x' } })).rejects.toThrow();
    await expect(jwt({ token: {} })).rejects.toThrow();
  });
});
