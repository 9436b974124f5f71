// Writes one meta row (insert or replace), for the engine seam tests.
import type { Tx } from '../../db/connection';
import { meta } from '../../db/tables';

export const put = (tx: Tx, key: string, value: string) =>
  tx.insert(meta).values({ key, value }).onConflictDoUpdate({ target: meta.key, set: { value } });
