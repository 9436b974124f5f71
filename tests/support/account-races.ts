// Two account writes held open at once on PostgreSQL, for the account race tests: a latch, a
// transaction held until released, and the wait for the second writer to block or settle.
import { sql } from 'drizzle-orm';
import { firstRow, read, writeTransaction } from '../../db/connection';

export const PASSWORD = 'a race test password';

/** A promise the test opens when it chooses. */
export function latch() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

/** Transaction A: `step` runs in it, then A stays open until `release` is opened; resolves once A has done its step. */
export async function holdOpen<T>(
  step: (tx: Parameters<Parameters<typeof writeTransaction>[0]>[0]) => Promise<T>,
) {
  const stepped = latch();
  const release = latch();
  const done = writeTransaction(
    async (tx) => {
      const result = await step(tx);
      stepped.open();
      await release.opened;
      return result;
    },
    { touchesData: false },
  );
  await Promise.race([stepped.opened, done]);
  return { release: release.open, done };
}

/** Until another session of this database waits on a lock held by A, or `b` has settled (it did not wait). */
export async function untilWaitingOrSettled(b: Promise<unknown>): Promise<void> {
  let settled = false;
  void b.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  for (let i = 0; i < 200 && !settled; i++) {
    const row = await read((db) =>
      firstRow<{ n: number }>(
        db,
        sql`select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`,
      ),
    );
    if ((row?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A, then B while A is open, then A's commit; B's outcome. */
export async function interleave<A>(
  a: (tx: Parameters<Parameters<typeof writeTransaction>[0]>[0]) => Promise<A>,
  b: () => Promise<unknown>,
) {
  const first = await holdOpen(a);
  const second = b();
  await untilWaitingOrSettled(second);
  first.release();
  await first.done;
  return second.then(
    (value) => ({ value, error: null }),
    (error: unknown) => ({ value: null, error }),
  );
}
