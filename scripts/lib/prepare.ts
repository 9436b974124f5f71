// Opens (migrating) and seeds the database, turning any failure into one clear line.
import { DatabaseConfigError } from '../../db/config';
import { DatabaseOpenError } from '../../db/sqlite';
import { closeDatabase, databaseLabel, openDatabaseNow } from '../../db/connection';
import { seedIfEmpty } from '../../db/fixtures';

export function fail(message: string): never {
  console.error(`aid-pledge-tracker: ${message}`);
  process.exit(1);
}

const isOpenError = (error: unknown): boolean =>
  error instanceof DatabaseConfigError ||
  error instanceof DatabaseOpenError ||
  (error as Error)?.name === 'DatabaseOpenError';

export async function prepareDatabase(
  options: { seed?: boolean } = {},
): Promise<{ file: string; seeded: number }> {
  let file = '';
  try {
    file = databaseLabel();
    await openDatabaseNow();
    const seeded = options.seed === false ? 0 : (await seedIfEmpty()).pledges;
    return { file, seeded };
  } catch (error) {
    if (isOpenError(error)) fail((error as Error).message);
    const e = error as Error;
    fail(`could not prepare database ${file || '(DATABASE_URL)'}: ${e.message.split('\n')[0]}`);
  } finally {
    await closeDatabase();
  }
}
