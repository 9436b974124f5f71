// Export to a file and compare files with the ids aside, for the round-trip tests.
import fs from 'node:fs';
import { pledgeExportRecords } from '../../db/csv-export/plan';
import { csvStream } from '../../app/export/[file]/csv-stream';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { EMPTY_FILTERS } from '../../lib/filters';

export async function exportToFile(file: string): Promise<string> {
  const text = await new Response(
    csvStream(PLEDGE_COLUMNS, pledgeExportRecords(EMPTY_FILTERS), false),
  ).text();
  fs.writeFileSync(file, text);
  return text;
}
