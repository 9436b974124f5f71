// Which engine the suite runs on: SQLite files by default, PostgreSQL with TEST_ENGINE=postgres
// (.ci/run runs the suite once each way). On PostgreSQL each test file, and each server a test
// starts, gets a new database copied from a template migrated once by tests/support/global-postgres.ts.
import { describe } from 'vitest';
import path from 'node:path';
import pg from 'pg';
import { tempDir } from './temp-db';

export type TestEngine = 'sqlite' | 'postgres';
export const testEngine = (): TestEngine => (process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite');
export const onTestPostgres = (): boolean => testEngine() === 'postgres';

/**
 * For tests about SQLite alone (its backup API, journal modes, the file on disk): their names say
 * "SQLite only", and on PostgreSQL they are skipped by that name, not silently.
 */
export const describeSqliteOnly = describe.skipIf(onTestPostgres());
/** For tests about PostgreSQL alone (races its READ COMMITTED allows, LISTEN/NOTIFY). */
export const describePostgresOnly = describe.runIf(onTestPostgres());

let counter = 0;

/** A new database's URL on the test engine: migrated and empty of rows, or with `empty`, without even the tables. */
export async function newTestDatabaseUrl(options: { empty?: boolean } = {}): Promise<string> {
  if (!onTestPostgres()) return `file:${path.join(tempDir(), 'pledges.db')}`;
  const admin = process.env.TEST_POSTGRES_URL;
  const template = process.env.TEST_POSTGRES_TEMPLATE;
  if (!admin || !template)
    throw new Error('TEST_ENGINE=postgres needs tests/support/global-postgres.ts as a globalSetup');
  const name = `t_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(
      options.empty ? `create database ${name}` : `create database ${name} template ${template}`,
    );
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Points DATABASE_URL at a new database on the test engine; call before the first db/ verb runs. */
export async function useTestDatabase(): Promise<string> {
  const url = await newTestDatabaseUrl();
  process.env.DATABASE_URL = url;
  return url;
}
