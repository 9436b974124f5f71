// A pledge found by the external id an imported row gave it. The tracker itself never looks a pledge up
// this way outside an import (the import resolves external ids inside its own transaction,
// db/csv-import/rows.sqlite.ts), so the lookup lives with the tests that check that mapping. It reads the real file.
import { eq } from 'drizzle-orm';
import { getDb } from '../../db/sqlite/client';
import { pledges, type PledgeRow } from '../../db/schema';

export function pledgeByExternalId(externalId: string): PledgeRow | null {
  return getDb().select().from(pledges).where(eq(pledges.externalId, externalId)).get() ?? null;
}
