// The import's writer on PostgreSQL: each created row goes through createPledgeIn, the verb the
// editor's form uses (its schema, parent rules, conversion, sources and 'create' revision), and
// stored pledges are looked up with one query each. db/csv-import/writes.sqlite.ts is SQLite's
// batched twin; a COPY-based bulk path for PostgreSQL would take this one's place for large files.
import { eq } from 'drizzle-orm';
import { one, type Tx } from '../connection';
import { pledges } from '../tables';
import { createPledgeIn } from '../pledges/writes';
import type { Actor } from '../pledges/revisions';
import type { ImportWriter, IncomingRow } from './rows';

export function verbWriter(tx: Tx, actor: Actor, reason: string): ImportWriter {
  const idWhere = async (where: ReturnType<typeof eq>) => (await one(tx.select({ id: pledges.id }).from(pledges).where(where)))?.id;
  return {
    async create(row: IncomingRow, parentId: number | null): Promise<number> {
      return (await createPledgeIn(tx, { ...row.input!, parentId }, actor, reason)).id;
    },
    flush: () => {},
    hasPledge: async (id) => (await idWhere(eq(pledges.id, id))) !== undefined,
    withExternalId: (externalId) => idWhere(eq(pledges.externalId, externalId)),
  };
}
