// Databases as an earlier release left them: the migrations folder cut to its first `count`
// entries, so a test can build an old database and then open it with today's migrations.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { tempDir } from './temp-db';

const MIGRATIONS = path.resolve(import.meta.dirname, '../../db/migrations');

/** A copy of the migrations folder holding only its first `count` migrations. */
export function migrationsUpTo(count: number): string {
  const dir = tempDir(`migrations-${count}-`);
  fs.mkdirSync(path.join(dir, 'meta'));
  const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  fs.writeFileSync(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries)
    fs.copyFileSync(path.join(MIGRATIONS, `${e.tag}.sql`), path.join(dir, `${e.tag}.sql`));
  return dir;
}

/** A new database file migrated to the first `count` migrations, with `sql` run on it. */
export function oldDatabase(count: number, sql: string): string {
  const file = path.join(tempDir(), 'old.db');
  const sqlite = new Database(file);
  try {
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder: migrationsUpTo(count) });
    sqlite.exec(sql);
  } finally {
    sqlite.close();
  }
  return file;
}
