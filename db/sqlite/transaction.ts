// Write transactions and reads on the process's one SQLite connection, for verbs that are async.
//
// better-sqlite3 is synchronous and drizzle's transaction over it refuses an async callback, so a
// write transaction is issued by hand: BEGIN IMMEDIATE, `await fn(tx)`, COMMIT. While `fn` awaits,
// the connection stays inside that transaction, and anything else this process runs on it would
// join it: another request's write would commit or roll back with it, and a read would see its
// uncommitted rows. So:
// - writes take an in-process lock, one transaction at a time, in the order they asked;
// - a read outside a transaction (`read`) runs at once when no transaction is open, and otherwise
//   waits until the open one ends; reads are synchronous underneath, so once started they finish
//   before anything else runs;
// - code running inside a transaction (found through AsyncLocalStorage, so it follows `await`)
//   reads and writes in it directly, and a transaction opened inside another is a savepoint of it.
// A transaction whose work is synchronous runs BEGIN … COMMIT in one step, as before.
import 'server-only';
import type { Tx } from './client';
import { gate, insideRead, isThenable, release, settle, writeMustWait } from './gate';
import { transact, type TransactionOptions } from './transact';

export { insideTransaction, read } from './gate';
export type { TransactionOptions } from './transact';

/**
 * Runs `fn` in an IMMEDIATE transaction (the write lock is taken up front, so a concurrent writer
 * waits instead of failing mid-transaction) and bumps the data version that caches key on, in the
 * same transaction. Every write in db/ goes through here. Inside another transaction it is a
 * savepoint: a throw undoes this part only.
 */
export function writeTransaction<T>(
  fn: (tx: Tx) => T | Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const outer = gate.context.getStore();
  if (outer)
    return new Promise<T>((resolve, reject) => settle(() => transact(fn, options, outer), resolve, reject));
  if (insideRead())
    return Promise.reject(new Error('a write transaction cannot start inside a read (db/sqlite/gate.ts)'));
  return new Promise<T>((resolve, reject) => {
    const start = () => {
      let outcome: T | Promise<T>;
      try {
        outcome = transact(fn, options, undefined);
      } catch (error) {
        release();
        reject(error);
        return;
      }
      if (!isThenable(outcome)) {
        release();
        resolve(outcome);
        return;
      }
      outcome.then(
        (value) => {
          release();
          resolve(value);
        },
        (error: unknown) => {
          release();
          reject(error);
        },
      );
    };
    if (writeMustWait()) gate.queue.push({ read: false, start });
    else {
      gate.open = true;
      start();
    }
  });
}

/**
 * writeTransaction for bulk work that is synchronous from start to end (a whole CSV file on the
 * import's own thread or process, the synthetic generator): it returns the result, not a promise.
 * Such work cannot wait its turn, so while another transaction of this process is open it refuses.
 */
export function writeTransactionNow<T>(fn: (tx: Tx) => T, options: TransactionOptions = {}): T {
  const outer = gate.context.getStore();
  if (!outer && gate.open) throw new Error('another transaction of this process is open');
  const synchronous = (tx: Tx): T => {
    const result = fn(tx);
    if (isThenable(result)) throw new Error('writeTransactionNow runs synchronous work only');
    return result;
  };
  if (outer) return transact(synchronous, options, outer) as T;
  gate.open = true;
  try {
    return transact(synchronous, options, undefined) as T;
  } finally {
    release();
  }
}
