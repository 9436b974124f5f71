// What tests/e2e/editor-import.test.ts uploads and watches: the Atlantis files (two rows, or 80,000),
// the pledge count, and whether an import holds SQLite's one write lock.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { withRawDatabase } from './raw-db';

const HEADER = 'donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,notes';

/** Two Atlantis rows as a CSV text; the second row's category is `category`. */
export const atlantisRows = (category: string) =>
  [
    HEADER,
    'Atlantis Aid Fund,Ukraine,Field hospital tents,humanitarian,committed,1250000,EUR,2024-03-05,https://example.org/atlantis/1,checked',
    `Atlantis Aid Fund,Ukraine,Water purification units,${category},disbursed,480000,USD,2024-04-10,https://example.org/atlantis/2,`,
  ].join('\n') + '\n';

/** Writes 80,000 valid Atlantis shipments to `dir`/large.csv and returns its path. */
export function writeLargeAtlantisCsv(dir: string): string {
  const lines = [HEADER];
  for (let i = 0; i < 80_000; i++)
    lines.push(
      `Atlantis Aid Fund,Ukraine,Shipment ${i},humanitarian,committed,${1000 + i},USD,2024-05-01,https://example.org/atlantis/bulk/${i},`,
    );
  const large = path.join(dir, 'large.csv');
  fs.writeFileSync(large, lines.join('\n') + '\n');
  return large;
}

/** Whether someone holds the SQLite file's write lock (an import holds it from its first row to its last). */
export function sqliteWriteLockHeld(dbFile: string): boolean {
  const db = new Database(dbFile, { timeout: 0 });
  try {
    db.exec('begin immediate');
    db.exec('rollback');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    db.close();
  }
}

export async function countPledges(databaseUrl: string): Promise<number> {
  return withRawDatabase(databaseUrl, async (query) =>
    Number((await query<{ n: number }>('select count(*) as n from pledges'))[0].n),
  );
}

export type Upload = { name: string; mimeType: string; buffer: Buffer };

/** Uploads that are not CSV text, each with the words of the one message the page answers. */
export const NOT_CSV_UPLOADS: [Upload, string][] = [
  [
    { name: 'report.csv', mimeType: 'text/csv', buffer: Buffer.from('%PDF-1.7\n\u0000\u0001binary') },
    'a PDF document, not CSV text',
  ],
  [
    { name: 'pledges.xlsx', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('PK\u0003\u0004') },
    'pledges.xlsx is not a CSV file',
  ],
  [{ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) }, 'empty.csv is empty'],
];

/** The pledge posted to the API while the large upload is checked. */
export const WRITTEN_DURING_CHECK = {
  donor: 'Atlantis Aid Fund',
  recipient: 'Ukraine',
  title: 'During the check',
  category: 'other',
  stage: 'announced',
};
