// Meta rows written and read on SQLite's one connection by hand, for the transaction tests.
import { sql } from 'drizzle-orm';
import { read } from '../../db/sqlite/transaction';
import { meta } from '../../db/schema';
import type { Tx } from '../../db/sqlite/client';

export const put = (tx: Tx, key: string, value: string) =>
  tx.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } }).run();

export const stored = (key: string) =>
  read(
    (db) =>
      db.get<{ value: string } | undefined>(sql`select value from meta where key = ${key}`)?.value ?? null,
  );
