// The gate in front of the process's one SQLite connection: at most one write transaction open at a
// time, and reads that never run inside another's (why: db/sqlite/transaction.ts).
//
// A read is async (a verb awaits one query after another), so while it runs a write must not begin:
// the read's next query would see the write's uncommitted rows. The gate is a readers-writer lock in
// arrival order: reads run together while no write is open or waiting; a write waits for the reads
// running to finish, and reads that arrive after a waiting write wait behind it.
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { getDb, type Tx } from './client';

type Waiting = { read: true; run: () => void } | { read: false; start: () => void };
export type Gate = {
  /** A write transaction holds the connection. */
  open: boolean;
  /** Reads running now (each until its promise settles). */
  readers: number;
  queue: Waiting[];
  context: AsyncLocalStorage<{ depth: number }>;
  /** Set while a read runs: a read inside it shares its turn (queueing would wait on itself). */
  reading: AsyncLocalStorage<true>;
};
// One gate per process, beside the connection it guards (the server may load this file more than once).
const global = globalThis as typeof globalThis & { __pledgeDbGate?: Gate };
export const gate: Gate = (global.__pledgeDbGate ??= {
  open: false,
  readers: 0,
  queue: [],
  context: new AsyncLocalStorage(),
  reading: new AsyncLocalStorage(),
});

/** Whether the caller runs inside this process's open transaction (and so may use the connection directly). */
export const insideTransaction = (): boolean => gate.context.getStore() !== undefined;

export const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

export function settle<T>(
  run: () => T | Promise<T>,
  resolve: (value: T | Promise<T>) => void,
  reject: (error: unknown) => void,
): void {
  try {
    resolve(run());
  } catch (error) {
    reject(error);
  }
}

/** Starts what waits at the head of the queue: every read up to the first write, or that write once no read runs. */
function drain(): void {
  while (!gate.open && gate.queue.length > 0) {
    const next = gate.queue[0];
    if (next.read) {
      gate.queue.shift();
      next.run();
    } else {
      if (gate.readers > 0) return;
      gate.queue.shift();
      gate.open = true;
      next.start();
      return;
    }
  }
}

/** Ends the open transaction: the reads that waited run, then the next write starts. */
export function release(): void {
  gate.open = false;
  drain();
}

/** Whether a write may start now, or must queue. */
export const writeMustWait = (): boolean => gate.open || gate.readers > 0 || gate.queue.length > 0;

/** A write cannot begin while the read that asks for it holds its turn: it would wait on itself. */
export const insideRead = (): boolean => gate.reading.getStore() === true;

function runRead<T>(
  fn: (db: Tx) => T | Promise<T>,
  resolve: (value: T) => void,
  reject: (error: unknown) => void,
): void {
  gate.readers += 1;
  const done = () => {
    gate.readers -= 1;
    if (gate.readers === 0) drain();
  };
  let outcome: T | Promise<T>;
  try {
    outcome = gate.reading.run(true, () => fn(getDb()));
  } catch (error) {
    done();
    reject(error);
    return;
  }
  if (!isThenable(outcome)) {
    done();
    resolve(outcome);
    return;
  }
  Promise.resolve(outcome).then(
    (value) => {
      done();
      resolve(value);
    },
    (error: unknown) => {
      done();
      reject(error);
    },
  );
}

/**
 * Runs a read on the connection, never inside another request's open transaction and never with a
 * write beginning part-way through it. Inside a transaction it reads that transaction's own rows.
 */
export function read<T>(fn: (db: Tx) => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (insideTransaction() || gate.reading.getStore())
      settle(() => fn(getDb()), resolve as (v: T | Promise<T>) => void, reject);
    else if (!gate.open && gate.queue.length === 0) runRead(fn, resolve, reject);
    else gate.queue.push({ read: true, run: () => runRead(fn, resolve, reject) });
  });
}
