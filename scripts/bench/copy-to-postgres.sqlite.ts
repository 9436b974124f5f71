// The bench's PostgreSQL data: the synthetic generator (db/fixtures/synthetic.sqlite.ts) writes
// SQLite only, so its file is copied into a new database on the bench's cluster, migrated with
// db/migrations-pg/ first. Each table present on both engines is read with better-sqlite3
// (iterate, raw rows) and written with one `COPY … FROM STDIN` (pg-copy-streams) in COPY's text
// format; then every identity sequence is set past its table's largest id, and the database is
// analyzed, as a live one would be. SQLite's own tables (the pledge_search full-text index and its
// shadow tables) have no PostgreSQL counterpart and are left out.
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { from as copyFrom } from 'pg-copy-streams';
import { migratePostgres, openPostgres } from '../../db/postgres';
import { psql } from '../lib/postgres-cluster';

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One SQLite value in COPY's text format (booleans are SQLite's 0/1, which PostgreSQL reads as booleans). */
function cell(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (Buffer.isBuffer(value)) return `\\\\x${value.toString('hex')}`;
  return String(value).replace(/[\\\n\r\t]/g, (c) => ESCAPES[c]);
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Creates `database` on the cluster of `adminUrl` and fills it with the SQLite file's rows; returns its URL. */
export async function copySqliteToPostgres(
  file: string,
  adminUrl: string,
  database: string,
): Promise<{ url: string; rows: number }> {
  psql(adminUrl, `create database ${quoted(database)}`);
  const target = new URL(adminUrl);
  target.pathname = `/${database}`;
  const url = target.toString();
  const lite = new Database(file, { readonly: true });
  const db = openPostgres(url, { max: 1 });
  let copied = 0;
  try {
    await migratePostgres(db);
    const client = await db.$client.connect();
    try {
      const pgTables = new Set(
        (
          await client.query<{ name: string }>(
            `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
          )
        ).rows.map((r) => r.name),
      );
      const tables = (
        lite
          .prepare(
            `select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\' order by name`,
          )
          .all() as { name: string }[]
      )
        .map((r) => r.name)
        .filter((name) => pgTables.has(name));
      await client.query('begin');
      // The rows are SQLite's, already consistent: foreign keys are not re-checked row by row
      // (replica mode skips their triggers; CHECK constraints and unique indexes still hold).
      await client.query('set local session_replication_role = replica');
      await client.query(`truncate ${[...pgTables].map(quoted).join(', ')} restart identity`);
      for (const table of tables) {
        const columns = (
          lite.prepare(`select name from pragma_table_info(?) order by cid`).all(table) as { name: string }[]
        ).map((c) => c.name);
        const stream = client.query(
          copyFrom(`copy ${quoted(table)} (${columns.map(quoted).join(', ')}) from stdin`),
        );
        const failed = once(stream, 'error').then(([error]) => {
          throw error;
        });
        failed.catch(() => undefined);
        let text = '';
        for (const row of lite
          .prepare(`select ${columns.map(quoted).join(', ')} from ${quoted(table)}`)
          .raw()
          .iterate() as Iterable<unknown[]>) {
          text += `${row.map(cell).join('\t')}\n`;
          copied++;
          if (text.length >= 1 << 16) {
            if (!stream.write(text)) await Promise.race([once(stream, 'drain'), failed]);
            text = '';
          }
        }
        stream.end(text);
        await Promise.race([once(stream, 'finish'), failed]);
      }
      await client.query('commit');
      // Identity columns took explicit ids: the next id the app asks for must be past them.
      const identities = (
        await client.query<{ table: string; column: string }>(
          `select table_name as table, column_name as column from information_schema.columns where table_schema = 'public' and is_identity = 'YES'`,
        )
      ).rows;
      for (const { table, column } of identities) {
        await client.query(
          `select setval(pg_get_serial_sequence($1, $2), max(${quoted(column)})) from ${quoted(table)} having max(${quoted(column)}) is not null`,
          [quoted(table), column],
        );
      }
      await client.query('analyze');
    } finally {
      client.release();
    }
  } finally {
    lite.close();
    await db.$client.end();
  }
  return { url, rows: copied };
}
