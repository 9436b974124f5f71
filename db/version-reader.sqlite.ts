// The data version for the server process outside the app bundle (scripts/serve.ts names each
// public page's validator by it): one read-only connection and one prepared statement, read on
// every shareable request, so a write by any process is seen on the next request.
import Database from 'better-sqlite3';

export function openVersionReader(file: string): { read: () => number; close: () => void } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const statement = db.prepare("select value from meta where key = 'data_version'").pluck();
  return { read: () => Number(statement.get() ?? 0), close: () => db.close() };
}
