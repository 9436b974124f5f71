// CSV files written to a temporary folder for the import tests, and the rows they become.
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { tempDir } from './temp-db';
import { one, read } from '../../db/connection';
import { pledges } from '../../db/tables';
import { listPledges } from '../../db/pledges/list';
import { EMPTY_FILTERS } from '../../lib/filters';

export const dir = tempDir('csv-import-');
let n = 0;
export function file(content: string | Buffer): string {
  const target = path.join(dir, `f${++n}.csv`);
  fs.writeFileSync(target, content);
  return target;
}
export const header =
  'external_id,donor,recipient,title,category,stage,amount,currency,announced_on,source_urls,source_quotes,parent_id';
export const good = (ext: string, extra = '') =>
  `${ext},Japan,Ukraine,Drone detection ${ext},military,committed,"37,000,000",USD,2024-01-07,https://example.org/${ext},We pledge.,${extra}`;
export const count = async () => (await listPledges(EMPTY_FILTERS, { includeRetracted: true })).total;

/** The pledge an imported row's external id became (on either engine). */
export const pledgeByExternalId = (externalId: string) =>
  read((db) => one(db.select().from(pledges).where(eq(pledges.externalId, externalId))));
