// The pledges table as it stood at a cut-off, rebuilt from the revisions (db/pledges/revisions.ts) as a
// derived table named like the table itself, so every query written against `pledges` (the buckets, the
// lists, the exports) runs unchanged over the past record: `from ${pledgesAt(cutOff)}`. Without a
// cut-off it is the table itself, so the current record's SQL is exactly what it was.
//
// Two branches, so the cost follows the changes made since the cut-off rather than the whole history:
// - a pledge created by then and untouched since is today's row as it is (an anti-join on the
//   revisions after the cut-off, found by revisions_at_idx);
// - a pledge created by then and changed since has each column rebuilt (db/as-of/rebuild.ts): the
//   value before the first change to its field after the cut-off, an undo, or today's when unchanged.
//   So retractions, un-retractions, cancellations and corrections made later are not applied.
// A pledge created after the cut-off is absent.
import { getTableColumns, sql, Subquery, type SQL } from 'drizzle-orm';
import { pledges, revisions } from '../tables';
import { changedPair, valueBefore } from '../sql-dialect';
import { REBUILD, REVISION_FACTS, type Inner, type Key } from './rebuild';

const quoted = (name: string) => sql.raw(`"${name}"`);
const columnOf = (key: Key) => getTableColumns(pledges)[key].name;
const pairName = (field: string) => `pair_${field}`;

/** The pledges relation at `cutOff` (an ISO timestamp from db/as-of/resolve.ts), or today's table when null. */
export function pledgesAt(cutOff: string | null | undefined): SQL {
  return cutOff ? sql`(${rowsAt(cutOff)}) as ${quoted('pledges')}` : sql`${pledges}`;
}

/**
 * The same for drizzle's query builder (`.from(pledgesTable(cutOff))`): a subquery named like the
 * table, with every column of the table under the same names, so it is typed as the table it stands for.
 */
export function pledgesTable(cutOff: string | null | undefined): typeof pledges {
  if (!cutOff) return pledges;
  return new Subquery(rowsAt(cutOff), getTableColumns(pledges), 'pledges') as unknown as typeof pledges;
}

/** The rows of the pledges table as they stood at `cutOff`. */
function rowsAt(cutOff: string): SQL {
  const keys = Object.keys(getTableColumns(pledges)) as Key[];
  const fields = new Set<string>();
  const inner: Inner = {
    now: (key) => sql`t.${quoted(columnOf(key))}`,
    changed: (field) => {
      fields.add(field);
      return sql`t.${quoted(pairName(field))}`;
    },
    before: (field) => {
      fields.add(field);
      return valueBefore(sql`t.${quoted(pairName(field))}`);
    },
    fact: (name) => sql`t.${quoted(name)}`,
  };
  const rebuilt = sql.join(
    keys.map((key) => sql`${REBUILD[key](inner)} as ${quoted(columnOf(key))}`),
    sql`, `,
  );
  const ofPledge = sql`from ${revisions} r where r.pledge_id = p.id`;
  const pairs = [...fields].map((field) => {
    const pair = changedPair(sql`r.changes`, field);
    return sql`(select ${pair} ${ofPledge} and r.at > ${cutOff} and ${pair} is not null
      order by r.id limit 1) as ${quoted(pairName(field))}`;
  });
  const facts: Record<(typeof REVISION_FACTS)[number], SQL> = {
    version_after: sql`(select min(r.version) ${ofPledge} and r.at > ${cutOff})`,
    last_at: sql`lr.at`,
    last_by: sql`lr.actor_id`,
    retract_reason: sql`(select r.reason ${ofPledge} and r.action = 'retract' and r.at <= ${cutOff}
      order by r.id desc limit 1)`,
  };
  const changedSince = sql`(select ${revisions.pledgeId} from ${revisions} where ${revisions.at} > ${cutOff})`;
  const all = sql.raw(keys.map((key) => `"${columnOf(key)}"`).join(', '));
  return sql`
    select ${all} from ${pledges} where ${pledges.createdAt} <= ${cutOff} and ${pledges.id} not in ${changedSince}
    union all
    select ${rebuilt} from (
      select p.*, ${sql.join(pairs, sql`, `)},
             ${sql.join(
               REVISION_FACTS.map((name) => sql`${facts[name]} as ${quoted(name)}`),
               sql`, `,
             )}
      from ${pledges} p
      left join ${revisions} lr on lr.id = (select max(r.id) ${ofPledge} and r.at <= ${cutOff})
      where p.created_at <= ${cutOff} and p.id in ${changedSince}
        and not exists (select 1 ${ofPledge} and r.action = 'create' and r.at > ${cutOff})
    ) as t`;
}
