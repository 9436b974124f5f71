// PostgreSQL's store for the import's batched writer (db/csv-import/writes.ts): multi-row INSERTs
// of BATCH rows with their values as parameters, and new ids reserved from the pledges' identity
// sequence a block at a time (another writer may take ids meanwhile: a block need not be
// contiguous, only growing, and an id reserved but unused is a gap, as after any rollback).
import { eq, sql, type SQL } from 'drizzle-orm';
import { execute, one, rows, type Tx } from '../connection';
import { pledges } from '../tables';
import { INSERT_COLUMNS } from './prepare';
import { BATCH, type BatchStore } from './writes';

const IDS_PER_RESERVATION = 1000;

/** An INSERT of `width` values per row, BATCH rows per statement; `tuple` spells one row's values. */
function inserter(tx: Tx, head: string, width: number, tuple: (cells: SQL[]) => SQL) {
  return async (values: unknown[]) => {
    const count = values.length / width;
    for (let at = 0; at < count; at += BATCH) {
      const tuples: SQL[] = [];
      for (let r = at; r < Math.min(count, at + BATCH); r++) {
        const cells: SQL[] = [];
        for (let c = r * width; c < (r + 1) * width; c++) cells.push(sql`${values[c]}`);
        tuples.push(tuple(cells));
      }
      await execute(tx, sql`${sql.raw(head)} values ${sql.join(tuples, sql`, `)}`);
    }
  };
}

const plain = (cells: SQL[]) => sql`(${sql.join(cells, sql`, `)})`;

export function postgresBatchStore(tx: Tx): BatchStore {
  let reserved: number[] = [];
  let next = 0;
  const idWhere = async (where: SQL) => (await one(tx.select({ id: pledges.id }).from(pledges).where(where)))?.id;
  return {
    takeId() {
      if (next < reserved.length) return reserved[next++];
      return (async () => {
        const got = await rows<{ id: number }>(tx, sql`select nextval(pg_get_serial_sequence('pledges', 'id')) as id
          from generate_series(1, ${IDS_PER_RESERVATION})`);
        reserved = got.map((r) => Number(r.id)).sort((a, b) => a - b);
        next = 1;
        return reserved[0];
      })();
    },
    writePledges: inserter(tx, `insert into pledges (id, ${INSERT_COLUMNS.join(', ')})`, INSERT_COLUMNS.length + 1, plain),
    writeLinks: inserter(tx, 'insert into pledge_sources (pledge_id, source_id, quote, position)', 4, plain),
    writeRevisions: inserter(tx, 'insert into revisions (pledge_id, action, actor_id, actor_label, reason, changes, version)', 5,
      ([pledgeId, actorId, label, reason, changes]) => sql`(${pledgeId}, 'create', ${actorId}, ${label}, ${reason}, ${changes}, 1)`),
    storedParent: (id) => one(tx.select({
      retractedAt: pledges.retractedAt, parentId: pledges.parentId, kind: pledges.kind, donorId: pledges.donorId, stage: pledges.stage,
    }).from(pledges).where(eq(pledges.id, id))),
    hasPledge: async (id) => (await idWhere(eq(pledges.id, id))) !== undefined,
    withExternalId: (externalId) => idWhere(eq(pledges.externalId, externalId)),
  };
}
