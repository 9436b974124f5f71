// Synthetic pledges in the test engine's database. The generator writes SQLite only
// (db/fixtures/synthetic.sqlite.ts); on PostgreSQL the same pledges are generated into a SQLite file
// of their own, exported as pledges.csv and imported — the path an operator moving data would take.
import fs from 'node:fs';
import path from 'node:path';
import { generateSynthetic } from '../../db/fixtures/synthetic.sqlite';
import { closeDatabase } from '../../db/connection';
import { pledgeExportRecords } from '../../db/csv-export/plan';
import { importPledgesFile } from '../../db/csv-import/import';
import { csvStream } from '../../app/export/[file]/csv-stream';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { EMPTY_FILTERS } from '../../lib/filters';
import { onTestPostgres } from './engine';
import { tempDir } from './temp-db';

/** Appends `count` deterministic synthetic pledges to the database DATABASE_URL names. */
export async function addSyntheticPledges(options: { count: number; seed: number }): Promise<number> {
  if (!onTestPostgres()) return generateSynthetic(options);
  const target = process.env.DATABASE_URL;
  const dir = tempDir('synthetic-');
  await closeDatabase();
  process.env.DATABASE_URL = `file:${path.join(dir, 'synthetic.db')}`;
  generateSynthetic(options);
  const file = path.join(dir, 'synthetic.csv');
  fs.writeFileSync(
    file,
    await new Response(csvStream(PLEDGE_COLUMNS, pledgeExportRecords(EMPTY_FILTERS), false)).text(),
  );
  await closeDatabase();
  process.env.DATABASE_URL = target;
  const report = await importPledgesFile(file);
  if (report.errors.length > 0)
    throw new Error(`the synthetic pledges did not import: ${JSON.stringify(report.errors.slice(0, 3))}`);
  fs.rmSync(dir, { recursive: true, force: true });
  return report.created;
}
