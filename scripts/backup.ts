// `npm run db:backup -- <file>`: an online, consistent copy of the database while the server
// keeps serving and writing (SQLite's backup API, or pg_dump's custom format on PostgreSQL),
// checked before it is put in place.
import fs from 'node:fs';
import path from 'node:path';
import { backupDatabase, closeDb } from '../db/sqlite';
import { checkDatabaseFile } from '../db/sqlite';
import { prepareDatabase, fail } from './lib/prepare';
import { onPostgres } from '../db/engine';
import { backupPostgres, redactedUrl } from '../db/postgres';

const args = process.argv.slice(2);
const force = args.includes('--force');
const target = args.find((a) => !a.startsWith('--'));
if (!target) fail('usage: npm run db:backup -- <file> [--force]');
const file = path.resolve(target);
if (fs.existsSync(file) && !force) fail(`${file} already exists; pass --force to replace it`);

const partial = `${file}.partial-${process.pid}`;
const started = Date.now();

async function main() {
  if (onPostgres()) {
    await prepareDatabase({ seed: false });
    const url = process.env.DATABASE_URL!;
    const copy = backupPostgres(url, partial);
    fs.renameSync(partial, file);
    console.log(
      `Backed up ${redactedUrl(url)} to ${file} (pg_dump custom format, ${copy.tables} tables, ${copy.bytes.toLocaleString('en-US')} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s. Restore with: pg_restore --clean --if-exists --no-owner --dbname <url> ${file}`,
    );
    return;
  }
  const { file: source } = await prepareDatabase({ seed: false });
  await backupDatabase(partial);
  closeDb();
  const check = checkDatabaseFile(partial);
  if (check.integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${check.integrity}`);
  fs.renameSync(partial, file);
  console.log(
    `Backed up ${source} to ${file} (${check.pledges.toLocaleString('en-US')} pledges, ${check.revisions.toLocaleString('en-US')} revisions, integrity ok) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error) => {
  fs.rmSync(partial, { force: true });
  fail(`backup to ${file} failed: ${(error as Error).message}`);
});
