// COPY … FROM STDIN (pg-copy-streams) on the connection of the caller's open transaction: the
// import's bulk rows go to PostgreSQL as tab-separated text in one statement per batch instead of
// a parameter per value. The rows commit or roll back with that transaction.
import { once } from 'node:events';
import { from as copyFrom } from 'pg-copy-streams';
import type pg from 'pg';
import type { Tx } from '../sqlite/client';

/** The node-postgres client under a drizzle transaction (drizzle keeps it on the transaction's session). */
const clientOf = (tx: Tx): pg.PoolClient =>
  (tx as unknown as { session: { client: pg.PoolClient } }).session.client;

const SPECIAL = /[\\\n\r\t]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One value in COPY's text format: \N for null, the four special characters escaped. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]) : text;
}

/**
 * Copies rows into `table`: `values` holds `columns.length` values per row, one after another.
 * Table and column names come from the code (db/csv-import/writes.postgres.ts), never from input.
 */
export async function copyRows(
  tx: Tx,
  table: string,
  columns: readonly string[],
  values: readonly unknown[],
): Promise<void> {
  const width = columns.length;
  if (values.length === 0) return;
  let text = '';
  for (let at = 0; at < values.length; at += width) {
    for (let c = 0; c < width; c++) text += (c === 0 ? '' : '\t') + cell(values[at + c]);
    text += '\n';
  }
  const stream = clientOf(tx).query(copyFrom(`copy ${table} (${columns.join(', ')}) from stdin`));
  const done = once(stream, 'finish');
  const failed = once(stream, 'error').then(([error]) => {
    throw error;
  });
  stream.end(text);
  await Promise.race([done, failed]);
}
