// Failed sign-ins, counted per account and per address in the database so every server process
// shares them. Five failures inside the window lock that key for fifteen minutes; the lock applies
// to unknown e-mails too, so being locked out says nothing about whether an account exists.
import { eq, inArray } from 'drizzle-orm';
import { getDb, writeTransaction } from './client';
import { loginThrottle } from './schema';

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;
/** Failures older than this are forgotten, so a typo a day never adds up to a lock. */
export const WINDOW_MS = 15 * 60_000;

export const accountKey = (email: string) => `account:${String(email).trim().toLowerCase().slice(0, 254)}`;
export const addressKey = (address: string) => `address:${address.slice(0, 64)}`;

export type ThrottleState = { locked: boolean; retryAfterSeconds: number };

/** Whether any of `keys` is locked at `now`, and for how long. */
export function checkLoginThrottle(keys: string[], now = new Date()): ThrottleState {
  const rows = getDb().select().from(loginThrottle).where(inArray(loginThrottle.key, keys)).all();
  const until = Math.max(0, ...rows.map((r) => (r.lockedUntil ? Date.parse(r.lockedUntil) : 0)));
  const remaining = until - now.getTime();
  return remaining > 0 ? { locked: true, retryAfterSeconds: Math.ceil(remaining / 1000) } : { locked: false, retryAfterSeconds: 0 };
}

/** Counts one failure against each key; the fifth inside the window locks the key. */
export function recordLoginFailure(keys: string[], now = new Date()): ThrottleState {
  const at = now.toISOString();
  writeTransaction((tx) => {
    for (const key of keys) {
      const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
      const recent = row?.lastFailureAt && now.getTime() - Date.parse(row.lastFailureAt) < WINDOW_MS;
      const stillLocked = row?.lockedUntil && Date.parse(row.lockedUntil) > now.getTime();
      // A lock that has run out starts the count afresh; one more failure while locked extends nothing.
      const failures = (recent && !(row?.lockedUntil && !stillLocked) ? row!.failures : 0) + 1;
      const lockedUntil = stillLocked ? row!.lockedUntil
        : failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS).toISOString() : null;
      tx.insert(loginThrottle).values({ key, failures, lastFailureAt: at, lockedUntil })
        .onConflictDoUpdate({ target: loginThrottle.key, set: { failures, lastFailureAt: at, lockedUntil } }).run();
    }
  }, { touchesData: false });
  return checkLoginThrottle(keys, now);
}

/** A successful sign-in clears the account's count (never the address's: one good account must
 *  not reset an address that is guessing at others). */
export function clearLoginFailures(key: string): void {
  getDb().delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
}
