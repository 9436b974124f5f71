// One transaction, or a savepoint of the open one, on the process's SQLite connection: BEGIN IMMEDIATE
// (with a shorter wait when asked), the work, the data-version bump, COMMIT; the callers' turns are in
// db/sqlite/transaction.ts.
import 'server-only';
import { busyTimeout, getDb, getSqlite, type Tx } from './client';
import { gate, isThenable } from './gate';

export type TransactionOptions = {
  /** Accounts and tokens are not published data: they leave the caches alone. */
  touchesData?: boolean;
  /** Waits at most this long for another process's write lock (never longer than the connection's own wait). */
  waitMs?: number;
};

/** The data version and the time of the change, bumped inside every write that touches published data (db/meta.ts reads them). */
function bumpDataVersion(): void {
  const sqlite = getSqlite();
  sqlite
    .prepare(`insert into meta (key, value) values ('data_version', '1')
    on conflict (key) do update set value = cast(value as integer) + 1`)
    .run();
  sqlite
    .prepare(`insert into meta (key, value) values ('data_changed_at', ?)
    on conflict (key) do update set value = excluded.value`)
    .run(new Date().toISOString());
}

function begin(waitMs: number | undefined): void {
  const sqlite = getSqlite();
  const usual = busyTimeout();
  if (waitMs === undefined || waitMs >= usual) {
    sqlite.exec('BEGIN IMMEDIATE');
    return;
  }
  sqlite.pragma(`busy_timeout = ${waitMs}`);
  try {
    sqlite.exec('BEGIN IMMEDIATE');
  } finally {
    sqlite.pragma(`busy_timeout = ${usual}`);
  }
}

/** Opens the transaction (or a savepoint inside `outer`), runs `fn` in it, and commits when it is done. */
export function transact<T>(
  fn: (tx: Tx) => T | Promise<T>,
  options: TransactionOptions,
  outer: { depth: number } | undefined,
): T | Promise<T> {
  const depth = outer ? outer.depth + 1 : 0;
  const sqlite = getSqlite();
  const [commit, undo] = outer
    ? [`RELEASE tx_${depth}`, `ROLLBACK TO tx_${depth}; RELEASE tx_${depth}`]
    : ['COMMIT', 'ROLLBACK'];
  if (outer) sqlite.exec(`SAVEPOINT tx_${depth}`);
  else begin(options.waitMs);
  const finish = (result: T): T => {
    if (options.touchesData !== false) bumpDataVersion();
    sqlite.exec(commit);
    return result;
  };
  const fail = (error: unknown): never => {
    // A failed COMMIT, or a statement SQLite rolled back itself, may have ended the transaction already.
    if (sqlite.inTransaction) sqlite.exec(undo);
    throw error;
  };
  try {
    const result = gate.context.run({ depth }, () => fn(getDb()));
    if (isThenable(result)) return Promise.resolve(result).then(finish, fail);
    return finish(result);
  } catch (error) {
    return fail(error);
  }
}
