// The gate in front of the process's one SQLite connection: at most one write transaction open at a
// time, and reads that never run inside another's (why: db/sqlite/transaction.ts).
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import { getDb, type Db } from './client';

type Waiting = { read: true; run: () => void } | { read: false; start: () => void };
export type Gate = { open: boolean; queue: Waiting[]; context: AsyncLocalStorage<{ depth: number }> };
// One gate per process, beside the connection it guards (the server may load this file more than once).
const global = globalThis as typeof globalThis & { __pledgeDbGate?: Gate };
export const gate: Gate = (global.__pledgeDbGate ??= { open: false, queue: [], context: new AsyncLocalStorage() });

/** Whether the caller runs inside this process's open transaction (and so may use the connection directly). */
export const insideTransaction = (): boolean => gate.context.getStore() !== undefined;

export function settle<T>(run: () => T | Promise<T>, resolve: (value: T | Promise<T>) => void, reject: (error: unknown) => void): void {
  try {
    resolve(run());
  } catch (error) {
    reject(error);
  }
}

/** Ends the open transaction: the reads that waited run first, then the next write starts. */
export function release(): void {
  gate.open = false;
  // A read run here may start a write of its own (the sign-in throttle): once one holds the gate, stop.
  while (!gate.open && gate.queue.length > 0) {
    const next = gate.queue.shift()!;
    if (next.read) {
      next.run();
    } else {
      gate.open = true;
      next.start();
      return;
    }
  }
}

/**
 * Runs a synchronous read on the connection, never inside another request's open transaction.
 * Inside a transaction it reads that transaction's own rows.
 */
export function read<T>(fn: (db: Db) => T): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (!gate.open || insideTransaction()) settle(() => fn(getDb()), resolve, reject);
    else gate.queue.push({ read: true, run: () => settle(() => fn(getDb()), resolve, reject) });
  });
}

export const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as { then?: unknown } | null)?.then === 'function';

