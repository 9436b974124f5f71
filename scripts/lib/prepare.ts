// Opens (migrating) and seeds the database, turning any failure into one clear line.
import { databasePath, DatabaseConfigError } from '../../db/config';
import { DatabaseOpenError } from '../../db/sqlite';
import { closeDatabase, read } from '../../db/connection';
import { onPostgres } from '../../db/engine';
import { seedIfEmpty } from '../../db/fixtures';
import { databaseUrlSetting } from '../../lib/env';

export function fail(message: string): never {
  console.error(`aid-pledge-tracker: ${message}`);
  process.exit(1);
}

/** The database as a message names it: the SQLite file, or PostgreSQL's host and database (never the password). */
function databaseLabel(): string {
  if (!onPostgres()) return databasePath();
  const url = new URL(databaseUrlSetting() ?? '');
  return `PostgreSQL database ${url.pathname.slice(1)} on ${url.host}`;
}

export async function prepareDatabase(options: { seed?: boolean } = {}): Promise<{ file: string; seeded: number }> {
  let file = '';
  try {
    file = databaseLabel();
    await read(() => undefined); // opens and migrates
    const seeded = options.seed === false ? 0 : (await seedIfEmpty()).pledges;
    return { file, seeded };
  } catch (error) {
    if (error instanceof DatabaseConfigError || error instanceof DatabaseOpenError) fail(error.message);
    const e = error as Error;
    fail(`could not prepare database ${file || '(DATABASE_URL)'}: ${e.message.split('\n')[0]}`);
  } finally {
    await closeDatabase();
  }
}
