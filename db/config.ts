// Where the database lives. Kept free of I/O beyond path checks so the start script can report a
// bad DATABASE_URL in one line before anything else runs.
import path from 'node:path';
import { databaseUrlSetting } from '../lib/env';
import { isPostgresUrl } from './engine';

export const DEFAULT_DATABASE_URL = 'file:data/pledges.db';

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

/** `file:data/pledges.db` → absolute path (a `postgres://` URL is db/postgres/'s, never a path). */
export function databasePath(url = databaseUrlSetting() ?? DEFAULT_DATABASE_URL): string {
  const match = /^file:(.+)$/.exec(url.trim());
  if (!match) {
    throw new DatabaseConfigError(
      `DATABASE_URL must be a SQLite file URL such as file:data/pledges.db or a PostgreSQL URL such as postgres://user:password@host:5432/pledges (got "${url.slice(0, 80)}")`,
    );
  }
  const file = match[1].replace(/^\/\/(?=\/)/, ''); // accept file:///abs/path as well as file:/abs/path
  if (file.includes('?') || file.includes('\0') || file.endsWith('/')) {
    throw new DatabaseConfigError(`DATABASE_URL names no database file: "${url.slice(0, 80)}"`);
  }
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

/**
 * The folder holding the SQLite database: its WAL, the generated auth secret and staged uploads
 * live there too. On PostgreSQL it is `data/` under the working directory (staged uploads only).
 */
export function dataDirectory(): string {
  if (isPostgresUrl(databaseUrlSetting()))
    return path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'data');
  return path.dirname(databasePath());
}

/** Owner-only modes for what the tracker creates there: it holds password and token hashes. */
export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

export function migrationsFolder(): string {
  return path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'migrations');
}
