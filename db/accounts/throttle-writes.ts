// The sign-in throttle's changes written as upserts (the rule itself: db/accounts/throttle.ts). Each
// computes the new count from the row as it is committed, in the statement that writes it, so two
// transactions failing the same key at once count two failures: on PostgreSQL the second's upsert
// waits for the first's row and then adds to it (a read followed by a write would add to what it
// read and lose one). Times are the ISO text every timestamp column holds; ISO text sorts as time.
import { inArray, sql } from 'drizzle-orm';
import type { Tx } from '../connection';
import { loginThrottle as t } from '../tables';

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;
export const MAX_LOCK_MS = 24 * 3600_000;
/** Failures older than this are forgotten, so a typo a day never adds up to a lock. */
export const WINDOW_MS = 15 * 60_000;

export type Change = { kind: 'failure'; keys: string[]; at: number } | { kind: 'clear'; key: string };
/** How many times `key` has been locked lately (its `failures` column), for the doubling. */
export const strikesKey = (key: string) => `strikes:${key}`;
/** How long the next lock of a key lasts, after `strikes` locks of it lately. */
export const lockLength = (strikes: number) => Math.min(LOCK_MS * 2 ** strikes, MAX_LOCK_MS);

const iso = (ms: number) => new Date(ms).toISOString();

/** One failure against `key` at `atMs`; on the MAX_FAILURES-th inside the window, a lock twice the last one's length. */
export async function writeFailure(tx: Tx, key: string, atMs: number): Promise<void> {
  const at = iso(atMs);
  const [row] = await tx
    .insert(t)
    .values({ key, failures: 1, lastFailureAt: at, lockedUntil: null })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        // While locked, a failure extends nothing; a lock that has run out starts the count afresh.
        failures: sql`case when ${t.lockedUntil} > ${at} then ${t.failures}
          when ${t.lockedUntil} is null and ${t.lastFailureAt} > ${iso(atMs - WINDOW_MS)} then ${t.failures} + 1
          else 1 end`,
        lastFailureAt: at,
        lockedUntil: sql`case when ${t.lockedUntil} > ${at} then ${t.lockedUntil} else null end`,
      },
    })
    .returning({ failures: t.failures, lockedUntil: t.lockedUntil });
  if (row.lockedUntil || row.failures < MAX_FAILURES) return;
  // Strikes are forgotten a day after the last lock ended. The key's row stays locked by this
  // transaction meanwhile, so no other failure of the key counts the same strike.
  const [strikes] = await tx
    .insert(t)
    .values({ key: strikesKey(key), failures: 1, lastFailureAt: at, lockedUntil: null })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures: sql`case when ${t.lockedUntil} > ${iso(atMs - MAX_LOCK_MS)} then ${t.failures} + 1 else 1 end`,
        lastFailureAt: at,
      },
    })
    .returning({ failures: t.failures });
  const until = iso(atMs + lockLength(strikes.failures - 1));
  await tx
    .update(t)
    .set({ lockedUntil: until })
    .where(inArray(t.key, [key, strikesKey(key)]));
}

/** The changes in the order they were recorded, in the deferred writer's transaction. */
export async function writeChanges(tx: Tx, changes: Change[]): Promise<void> {
  for (const change of changes) {
    if (change.kind === 'clear')
      await tx.delete(t).where(inArray(t.key, [change.key, strikesKey(change.key)]));
    else for (const key of change.keys) await writeFailure(tx, key, change.at);
  }
}
