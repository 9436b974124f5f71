// Someone guessing at an account must not be able to keep its owner out: failures lock the
// (account, address) pair they came from, and the address itself, never the account for everyone.
// A pair that keeps failing is locked for longer each time.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { authOptions, LOGIN_LOCKED } from '../../auth';
import { createUser } from '../../db/accounts/users';
import {
  checkLoginThrottle,
  recordLoginFailure,
  pairKey,
  LOCK_MS,
  MAX_FAILURES,
} from '../../db/accounts/throttle';

type Authorize = (
  credentials: Record<string, string>,
  req: { headers: Record<string, string> },
) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options
  .authorize;
const from = (address: string) => ({ headers: { 'x-tracker-client-address': address } });
const OWNER = { email: 'owner@example.org', password: 'owner password 12' };

beforeAll(async () => {
  await useTestDatabase();
  await createUser({ ...OWNER, role: 'admin' });
});

describe('lockouts an attacker cannot turn on the owner', () => {
  test('many failures from other addresses leave the owner free to sign in from theirs', async () => {
    for (let a = 1; a <= 4; a++) {
      for (let i = 0; i < MAX_FAILURES + 2; i++) {
        await authorize({ email: OWNER.email, password: `guess ${a}-${i}` }, from(`203.0.113.${a}`)).catch(
          () => null,
        );
      }
    }
    await expect(authorize(OWNER, from('198.51.100.20'))).resolves.toMatchObject({ email: OWNER.email });
  });

  test('the guessing address is locked for that account even with the right password', async () => {
    await expect(authorize(OWNER, from('203.0.113.1'))).rejects.toThrow(LOGIN_LOCKED);
  });

  test('each new lock of the same pair lasts twice as long as the one before', async () => {
    const keys = [pairKey('slowly@example.org', '192.0.2.50')];
    let t = Date.parse('2030-01-01T00:00:00Z');
    const lockLengths: number[] = [];
    for (let round = 0; round < 3; round++) {
      let state = { locked: false, retryAfterSeconds: 0 };
      for (let i = 0; i < MAX_FAILURES; i++) state = await recordLoginFailure(keys, new Date((t += 1000)));
      expect(state.locked).toBe(true);
      lockLengths.push(state.retryAfterSeconds);
      t += state.retryAfterSeconds * 1000;
      expect((await checkLoginThrottle(keys, new Date(t))).locked).toBe(false);
    }
    expect(lockLengths).toEqual([LOCK_MS / 1000, (2 * LOCK_MS) / 1000, (4 * LOCK_MS) / 1000]);
  });
});
