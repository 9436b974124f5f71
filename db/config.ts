// Where the database lives. Kept free of I/O beyond path checks so the start script can report a
// bad DATABASE_URL in one line before anything else runs.
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:data/pledges.db';

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

/** `file:data/pledges.db` → absolute path. Only SQLite files are served by this build. */
export function databasePath(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL): string {
  const match = /^file:(.+)$/.exec(url.trim());
  if (!match) {
    throw new DatabaseConfigError(
      `DATABASE_URL must be a SQLite file URL such as file:data/pledges.db (got "${url.slice(0, 80)}")`,
    );
  }
  const file = match[1].replace(/^\/\/(?=\/)/, ''); // accept file:///abs/path as well as file:/abs/path
  if (file.includes('?') || file.includes('\0') || file.endsWith('/')) {
    throw new DatabaseConfigError(`DATABASE_URL names no database file: "${url.slice(0, 80)}"`);
  }
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export function migrationsFolder(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");
}
