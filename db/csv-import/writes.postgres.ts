// PostgreSQL's store for the import's batched writer (db/csv-import/writes.ts): each batch goes in
// by COPY … FROM STDIN on the import's transaction (db/postgres/copy.ts), and new ids are reserved
// from the pledges' identity sequence a block at a time (another writer may take ids meanwhile: a
// block need not be contiguous, only growing, and an id reserved but unused is a gap, as after any
// rollback). Indexes stay as they are: dropping one on a live database would block every reader.
import { eq, sql, type SQL } from 'drizzle-orm';
import { one, rows, type Tx } from '../connection';
import { copyRows } from '../postgres/copy';
import { pledges } from '../tables';
import { INSERT_COLUMNS } from './insert-columns';
import type { BatchStore } from './writes';

const IDS_PER_RESERVATION = 1000;
const PLEDGE_COLUMNS = ['id', ...INSERT_COLUMNS];
const REVISION_COLUMNS = ['pledge_id', 'action', 'actor_id', 'actor_label', 'reason', 'changes', 'version'];

/** The writer's revision rows (pledge_id, actor_id, actor_label, reason, changes) as full 'create' rows at version 1. */
function createRevisions(values: unknown[]): unknown[] {
  const out: unknown[] = [];
  for (let at = 0; at < values.length; at += 5)
    out.push(values[at], 'create', values[at + 1], values[at + 2], values[at + 3], values[at + 4], 1);
  return out;
}

export function postgresBatchStore(tx: Tx): BatchStore {
  let reserved: number[] = [];
  let next = 0;
  const idWhere = async (where: SQL) =>
    (await one(tx.select({ id: pledges.id }).from(pledges).where(where)))?.id;
  return {
    takeId() {
      if (next < reserved.length) return reserved[next++];
      return (async () => {
        const got = await rows<{ id: number }>(
          tx,
          sql`select nextval(pg_get_serial_sequence('pledges', 'id')) as id
          from generate_series(1, ${IDS_PER_RESERVATION})`,
        );
        reserved = got.map((r) => Number(r.id)).sort((a, b) => a - b);
        next = 1;
        return reserved[0];
      })();
    },
    writePledges: (values) => copyRows(tx, 'pledges', PLEDGE_COLUMNS, values),
    writeLinks: (values) =>
      copyRows(tx, 'pledge_sources', ['pledge_id', 'source_id', 'quote', 'position'], values),
    writeRevisions: (values) => copyRows(tx, 'revisions', REVISION_COLUMNS, createRevisions(values)),
    storedParent: (id) =>
      one(
        tx
          .select({
            retractedAt: pledges.retractedAt,
            parentId: pledges.parentId,
            kind: pledges.kind,
            donorId: pledges.donorId,
            stage: pledges.stage,
          })
          .from(pledges)
          .where(eq(pledges.id, id)),
      ),
    hasPledge: async (id) => (await idWhere(eq(pledges.id, id))) !== undefined,
    withExternalId: (externalId) => idWhere(eq(pledges.externalId, externalId)),
  };
}
