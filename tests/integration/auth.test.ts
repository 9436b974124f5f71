// The sign-in path as next-auth runs it: authorize (throttled), then the jwt and session callbacks
// that re-check the account on every request.
import { describe, test, expect, beforeAll } from 'vitest';
import type { JWT } from 'next-auth/jwt';
import { useTestDatabase } from '../support/engine';
import { authOptions, LOGIN_LOCKED } from '../../auth';
import { createUser, disableUser, enableUser, setUserRole } from '../../db/accounts/users';
import { resetPassword } from '../../db/accounts/passwords';
import {
  pairKey,
  addressKey,
  checkLoginThrottle,
  recordLoginFailure,
  clearLoginFailures,
  LOCK_MS,
  MAX_FAILURES,
  WINDOW_MS,
} from '../../db/accounts/throttle';

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<{ id: string; role: string; updatedAt: string } | null>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options
  .authorize;
// The client wrote the first entry; the proxy in front appended the address it saw.
const from = (address: string) => ({ headers: { 'x-forwarded-for': `10.0.0.1, ${address}` } });
const jwt = authOptions.callbacks!.jwt! as unknown as (args: { token: JWT; user?: unknown }) => Promise<JWT>;
const session = authOptions.callbacks!.session! as unknown as (args: {
  session: object;
  token: JWT;
}) => Promise<{ user: { id: number; role: string } }>;

let editorId = 0;
beforeAll(async () => {
  await useTestDatabase();
  editorId = (
    await createUser({ email: 'ed@example.org', password: 'editor password 1', role: 'editor', name: 'Ed' })
  ).id;
  await createUser({ email: 'other@example.org', password: 'other password 12', role: 'editor' });
  // An active admin besides Ed, so Ed promoted and demoted again never leaves the site without one.
  await createUser({
    email: 'admin@example.org',
    password: 'admin password 12',
    role: 'admin',
    name: 'Admin',
  });
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

describe('sign-in throttling', () => {
  test('five failures lock the account from that address, for the right password too, not from others', async () => {
    for (let i = 1; i < MAX_FAILURES; i++) {
      await expect(
        authorize({ email: 'other@example.org', password: `wrong ${i}` }, from('198.51.100.1')),
      ).resolves.toBeNull();
    }
    await expect(
      authorize({ email: 'other@example.org', password: 'wrong 5' }, from('198.51.100.1')),
    ).rejects.toThrow(LOGIN_LOCKED);
    await expect(
      authorize({ email: 'other@example.org', password: 'other password 12' }, from('198.51.100.1')),
    ).rejects.toThrow(LOGIN_LOCKED);
    await expect(
      authorize({ email: 'other@example.org', password: 'other password 12' }, from('198.51.100.9')),
    ).resolves.not.toBeNull();
  });

  test('five failures from one address lock that address, for every account', async () => {
    for (let i = 1; i < MAX_FAILURES; i++) {
      await expect(
        authorize({ email: `guess${i}@example.org`, password: 'guessing here' }, from('203.0.113.7')),
      ).resolves.toBeNull();
    }
    await expect(
      authorize({ email: 'guess5@example.org', password: 'guessing here' }, from('203.0.113.7')),
    ).rejects.toThrow(LOGIN_LOCKED);
    await expect(
      authorize({ email: 'ed@example.org', password: 'editor password 1' }, from('203.0.113.7')),
    ).rejects.toThrow(LOGIN_LOCKED);
    await expect(
      authorize({ email: 'ed@example.org', password: 'editor password 1' }, from('203.0.113.8')),
    ).resolves.not.toBeNull();
  });

  test('an unknown e-mail is throttled exactly like a real one', async () => {
    const failures = async (email: string, address: string) => {
      let locked = 0;
      for (let i = 0; i < MAX_FAILURES; i++) {
        await authorize({ email, password: 'not the password' }, from(address)).catch(() => {
          locked ||= i + 1;
        });
      }
      return locked;
    };
    const known = await createUser({
      email: 'known@example.org',
      password: 'known password 12',
      role: 'editor',
    });
    expect(known.id).toBeGreaterThan(0);
    const unknown = await failures('nobody@example.org', '192.0.2.101');
    expect(unknown).toBeGreaterThan(0);
    expect(unknown).toBe(await failures('known@example.org', '192.0.2.102'));
  });

  test('the lock lasts fifteen minutes; old failures are forgotten; success clears the pair', async () => {
    const keys = [pairKey('clock@example.org', '192.0.2.200'), addressKey('192.0.2.200')];
    const t0 = new Date('2030-01-01T00:00:00Z');
    const at = (ms: number) => new Date(t0.getTime() + ms);
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      expect((await recordLoginFailure(keys, at(i * 1000))).locked).toBe(false);
    expect(await recordLoginFailure(keys, at(5000))).toEqual({
      locked: true,
      retryAfterSeconds: LOCK_MS / 1000,
    });
    expect((await checkLoginThrottle(keys, at(5000 + LOCK_MS - 1000))).locked).toBe(true);
    expect((await checkLoginThrottle(keys, at(5000 + LOCK_MS))).locked).toBe(false);
    // After the lock runs out the count starts again: one more failure does not re-lock.
    expect((await recordLoginFailure(keys, at(5000 + LOCK_MS + 1))).locked).toBe(false);
    const spaced = [pairKey('slow@example.org', '192.0.2.201')];
    for (let i = 0; i < MAX_FAILURES * 2; i++)
      expect((await recordLoginFailure(spaced, at(i * (WINDOW_MS + 1)))).locked).toBe(false);
    clearLoginFailures(keys[0]);
    for (let i = 0; i < MAX_FAILURES - 1; i++)
      expect((await recordLoginFailure([keys[0]], at(LOCK_MS * 3 + i))).locked).toBe(false);
  });
});
