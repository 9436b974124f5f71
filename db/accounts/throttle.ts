// Failed sign-ins, counted in the database so every server process shares them, per (account,
// address) pair and per address, never per account alone: an account-wide lock would let anyone
// keep the owner out by failing on purpose. Five failures inside the window lock the key; each
// new lock of a key lasts twice the one before (15 min, 30 min, … a day). The pair key applies to
// unknown e-mails too, so being locked out says nothing about whether an account exists.
//
// A throttle write never holds the event loop (db/accounts/deferred-writes.ts): while the lock is
// taken, the change is kept in memory, counted by this process's checks at once, and written later.
// The rule is spelled twice, once for each of those: applyFailure here for the changes still in
// memory, and db/accounts/throttle-writes.ts as the upserts that write them, each computing the new
// count from the row as committed (two servers failing the same key at once both count).
import { inArray } from 'drizzle-orm';
import { read, type Tx } from '../connection';
import { DeferredWriter } from './deferred-writes';
import { loginThrottle } from '../tables';
import {
  lockLength,
  MAX_FAILURES,
  MAX_LOCK_MS,
  strikesKey,
  WINDOW_MS,
  writeChanges,
  type Change,
} from './throttle-writes';

export { LOCK_MS, MAX_FAILURES, MAX_LOCK_MS, WINDOW_MS } from './throttle-writes';

const normalEmail = (email: string) => String(email).trim().toLowerCase().slice(0, 254);
export const pairKey = (email: string, address: string) =>
  `pair:${address.slice(0, 64)}|${normalEmail(email)}`;
export const addressKey = (address: string) => `address:${address.slice(0, 64)}`;

export type ThrottleState = { locked: boolean; retryAfterSeconds: number };
type Entry = { failures: number; lastFailureAt: string | null; lockedUntil: string | null };
type Rows = Map<string, Entry | undefined>;

/** One failure against `key` at `at`: the count, and on the fifth a lock twice the last one's length. */
function applyFailure(rows: Rows, key: string, at: number): void {
  const row = rows.get(key);
  const strikes = rows.get(strikesKey(key));
  // One more failure while locked extends nothing.
  if (row?.lockedUntil && Date.parse(row.lockedUntil) > at) {
    rows.set(key, { ...row, lastFailureAt: new Date(at).toISOString() });
    return;
  }
  // A lock that has run out starts the count afresh.
  const recent = row?.lastFailureAt && at - Date.parse(row.lastFailureAt) < WINDOW_MS && !row.lockedUntil;
  const failures = (recent ? row!.failures : 0) + 1;
  if (failures < MAX_FAILURES) {
    rows.set(key, { failures, lastFailureAt: new Date(at).toISOString(), lockedUntil: null });
    return;
  }
  // Strikes are forgotten a day after the last lock ended.
  const remembered =
    strikes?.lockedUntil && at - Date.parse(strikes.lockedUntil) < MAX_LOCK_MS ? strikes.failures : 0;
  const until = new Date(at + lockLength(remembered)).toISOString();
  rows.set(key, { failures, lastFailureAt: new Date(at).toISOString(), lockedUntil: until });
  rows.set(strikesKey(key), {
    failures: remembered + 1,
    lastFailureAt: new Date(at).toISOString(),
    lockedUntil: until,
  });
}

function applyChange(rows: Rows, change: Change): void {
  if (change.kind === 'clear') {
    rows.set(change.key, undefined);
    rows.set(strikesKey(change.key), undefined);
  } else {
    for (const key of change.keys) applyFailure(rows, key, change.at);
  }
}

async function readRows(db: Tx, keys: string[]): Promise<Rows> {
  const rows: Rows = new Map(keys.map((k) => [k, undefined]));
  for (const { key, ...entry } of await db
    .select()
    .from(loginThrottle)
    .where(inArray(loginThrottle.key, keys)))
    rows.set(key, entry);
  return rows;
}

const writer = new DeferredWriter<Change>('sign-in throttle', writeChanges);

function record(change: Change): void {
  writer.record(change);
}

/** Whether any of `keys` is locked at `now`, and for how long (this process's unwritten changes included). */
export async function checkLoginThrottle(keys: string[], now = new Date()): Promise<ThrottleState> {
  const rows = await writer.withPending(async (pending) => {
    const found = await read((db) =>
      readRows(
        db,
        keys.flatMap((k) => [k, strikesKey(k)]),
      ),
    );
    for (const change of pending) applyChange(found, change);
    return found;
  });
  const until = Math.max(0, ...keys.map((k) => rows.get(k)?.lockedUntil).map((t) => (t ? Date.parse(t) : 0)));
  const remaining = until - now.getTime();
  return remaining > 0
    ? { locked: true, retryAfterSeconds: Math.ceil(remaining / 1000) }
    : { locked: false, retryAfterSeconds: 0 };
}

/** Counts one failure against each key; the fifth inside the window locks the key. */
export async function recordLoginFailure(keys: string[], now = new Date()): Promise<ThrottleState> {
  record({ kind: 'failure', keys, at: now.getTime() });
  return checkLoginThrottle(keys, now);
}

/** A successful sign-in clears its (account, address) pair — never the address: one good account
 *  must not reset an address that is guessing at others. */
export function clearLoginFailures(key: string): void {
  record({ kind: 'clear', key });
}
