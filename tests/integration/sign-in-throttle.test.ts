// Sign-in throttling: failures lock an account from an address and an address for every account,
// an unknown e-mail alike, for fifteen minutes; a success clears the pair.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { LOGIN_LOCKED } from '../../auth';
import { createUser } from '../../db/accounts/users';
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
import { authorize, from } from '../support/authorize';
import { createSignInAccounts } from '../support/sign-in-accounts';

let _editorId = 0;
beforeAll(async () => {
  await useTestDatabase();
  _editorId = await createSignInAccounts();
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
