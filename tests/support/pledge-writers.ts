// Two pledge writers at once: one holds its transaction open while the other is watched until it
import type pg from 'pg';
// waits, for the race tests.
import { writeTransaction, type Tx } from '../../db/connection';

export const alice = { id: null, label: 'alice' };

export const bob = { id: null, label: 'bob' };

export const base = {
  donor: 'Japan',
  recipient: 'Ukraine',
  title: 'Generators',
  category: 'humanitarian',
  stage: 'committed',
  amount: '1000000',
  currency: 'USD',
  announcedOn: '2024-05-10',
  sources: [{ url: 'https://example.org/races', publisher: 'Example Times', quote: 'Japan pledged it.' }],
};

/** Transaction A: runs `write`, then holds its transaction open (row locks and all) until `commit()`. */
export function openWriter<T>(write: (tx: Tx) => Promise<T>) {
  let commit!: () => void;
  let written!: () => void;
  const mayCommit = new Promise<void>((resolve) => {
    commit = resolve;
  });
  const wrote = new Promise<void>((resolve) => {
    written = resolve;
  });
  const done = writeTransaction(async (tx) => {
    const result = await write(tx);
    written();
    await mayCommit;
    return result;
  });
  return { wrote, commit, done };
}

/** Resolves once some statement of this database waits for a lock another transaction holds. */
export async function someoneWaits(watcher: pg.Client): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { rows } = await watcher.query(`select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`);
    if (rows[0].n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('no transaction ever waited for the other');
}
