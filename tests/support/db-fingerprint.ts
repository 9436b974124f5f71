// "Nothing changed": a SHA-256 over every row of every table of a database, read on a connection of
// its own (a SQLite file read-only, or a PostgreSQL URL). Three things legitimately change on a
// refused request and are left out: the login_throttle rows and the audit log's failed sign-ins
// (failed sign-ins are counted and recorded on purpose) and api_tokens.last_used_at (a read with a
// valid token records it).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { withRawDatabase } from './raw-db';

const SKIP_TABLES = new Set(['login_throttle', '__drizzle_migrations', 'sqlite_sequence']);
const SKIP_COLUMNS: Record<string, string[]> = { api_tokens: ['last_used_at'] };
const SKIP_ROWS: Record<string, string> = { audit_log: "event <> 'sign_in_failed'" };
const line = (row: unknown) => `${JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? String(v) : v))}\n`;

function sqliteFingerprint(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    const tables = db
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .all() as { name: string }[];
    // A full-text table's shadow tables (some without rowid) hold what the table itself reads back.
    const shadows = new Set(
      (
        db.prepare("select name from pragma_table_list where type = 'shadow'").all() as { name: string }[]
      ).map((t) => t.name),
    );
    for (const { name } of tables) {
      if (SKIP_TABLES.has(name) || shadows.has(name)) continue;
      const columns = (db.prepare(`pragma table_info("${name}")`).all() as { name: string }[])
        .map((c) => c.name)
        .filter((c) => !(SKIP_COLUMNS[name] ?? []).includes(c));
      hash.update(`\n#${name}\n`);
      const rows = db
        .prepare(
          `select ${columns.map((c) => `"${c}"`).join(', ')} from "${name}"${SKIP_ROWS[name] ? ` where ${SKIP_ROWS[name]}` : ''} order by rowid`,
        )
        .raw()
        .all();
      for (const row of rows) hash.update(line(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** The fingerprint of the database a server or test runs on: a `file:` URL (or a bare path) or a PostgreSQL URL. */
export async function databaseFingerprint(database: string): Promise<string> {
  if (!/^postgres(ql)?:\/\//i.test(database)) return sqliteFingerprint(database.replace(/^file:/, ''));
  return withRawDatabase(database, async (query) => {
    const hash = createHash('sha256');
    const tables = await query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
    );
    for (const { name } of tables) {
      if (SKIP_TABLES.has(name)) continue;
      const columns = (
        await query<{ name: string }>(
          "select column_name as name from information_schema.columns where table_schema = 'public' and table_name = ? order by ordinal_position",
          [name],
        )
      )
        .map((c) => c.name)
        .filter((c) => !(SKIP_COLUMNS[name] ?? []).includes(c));
      hash.update(`\n#${name}\n`);
      const list = columns.map((c) => `"${c}"`).join(', ');
      const rows = await query(
        `select ${list} from "${name}"${SKIP_ROWS[name] ? ` where ${SKIP_ROWS[name]}` : ''} order by ${columns.map((_, i) => i + 1).join(', ')}`,
      );
      for (const row of rows) hash.update(line(Object.values(row)));
    }
    return hash.digest('hex');
  });
}
