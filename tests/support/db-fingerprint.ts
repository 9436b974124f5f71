// "Nothing changed": a SHA-256 over every row of every table of a SQLite file, read-only. Three things
// legitimately change on a refused request and are left out: the login_throttle rows and the audit
// log's failed sign-ins (failed sign-ins are counted and recorded on purpose) and
// api_tokens.last_used_at (a read with a valid token records it).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

const SKIP_TABLES = new Set(['login_throttle', '__drizzle_migrations', 'sqlite_sequence']);
const SKIP_COLUMNS: Record<string, string[]> = { api_tokens: ['last_used_at'] };
const SKIP_ROWS: Record<string, string> = { audit_log: "event <> 'sign_in_failed'" };

export function databaseFingerprint(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash('sha256');
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
    // A full-text table's shadow tables (some without rowid) hold what the table itself reads back.
    const shadows = new Set((db.prepare("select name from pragma_table_list where type = 'shadow'").all() as { name: string }[]).map((t) => t.name));
    for (const { name } of tables) {
      if (SKIP_TABLES.has(name) || shadows.has(name)) continue;
      const columns = (db.prepare(`pragma table_info("${name}")`).all() as { name: string }[])
        .map((c) => c.name).filter((c) => !(SKIP_COLUMNS[name] ?? []).includes(c));
      hash.update(`\n#${name}\n`);
      const rows = db.prepare(`select ${columns.map((c) => `"${c}"`).join(', ')} from "${name}"${SKIP_ROWS[name] ? ` where ${SKIP_ROWS[name]}` : ''} order by rowid`).raw().all();
      for (const row of rows) hash.update(JSON.stringify(row, (_k, v) => (typeof v === 'bigint' ? String(v) : v)) + '\n');
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}
