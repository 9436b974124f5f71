// Reads that take an optional handle: the caller's open transaction or read when given, else a
// read of their own (db/connection.ts read).
import { read, type Tx } from '../connection';

/** Runs `query` on `db` when given, else in a read of its own. */
export const onDb = <T>(db: Tx | undefined, query: (db: Tx) => Promise<T>): Promise<T> =>
  db ? query(db) : read(query);
