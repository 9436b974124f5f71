// Opens (migrating) and seeds the database, turning any failure into one clear line.
import { databasePath, DatabaseConfigError } from '../../db/config';
import { DatabaseOpenError, getDb, closeDb } from '../../db/sqlite';
import { seedIfEmpty } from '../../db/fixtures';

export function fail(message: string): never {
  console.error(`aid-pledge-tracker: ${message}`);
  process.exit(1);
}

export async function prepareDatabase(options: { seed?: boolean } = {}): Promise<{ file: string; seeded: number }> {
  let file = '';
  try {
    file = databasePath();
    getDb();
    const seeded = options.seed === false ? 0 : (await seedIfEmpty()).pledges;
    return { file, seeded };
  } catch (error) {
    if (error instanceof DatabaseConfigError || error instanceof DatabaseOpenError) fail(error.message);
    const e = error as Error;
    fail(`could not prepare database ${file || '(DATABASE_URL)'}: ${e.message.split('\n')[0]}`);
  } finally {
    closeDb();
  }
}
