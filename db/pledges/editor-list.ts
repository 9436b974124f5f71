// The editor's list: every pledge, retracted ones included unless asked otherwise, found by words
// (title, donor, recipient) or by id, narrowed by stage and category, sorted by any column.
import { and, asc, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { caseless, containsText } from '../sql-dialect';
import { one, read } from '../connection';
import { parties, pledges } from '../tables';
import { flatten, selectSummaries, type PledgeSummary } from './read';
import type { EditorListParams, EditorSort } from '../../lib/editor-list-params';

export const EDITOR_PAGE_SIZE = 50;
export type EditorPledgeList = { rows: PledgeSummary[]; total: number; page: number; pages: number };

function matching(q: string): SQL | undefined {
  if (!q) return undefined;
  const partyNamed = sql`(select ${parties.id} from ${parties} where ${containsText(parties.name, q)})`;
  const id = /^#?(\d{1,15})$/.exec(q);
  return or(
    id ? eq(pledges.id, Number(id[1])) : undefined,
    containsText(pledges.title, q),
    sql`${pledges.donorId} in ${partyNamed}`,
    sql`${pledges.recipientId} in ${partyNamed}`,
  );
}

function whereFor(p: EditorListParams): SQL | undefined {
  return and(
    matching(p.q),
    p.stage ? eq(pledges.stage, p.stage) : undefined,
    p.category ? eq(pledges.category, p.category) : undefined,
    p.retracted === 'hide' ? isNull(pledges.retractedAt) : undefined,
    p.retracted === 'only' ? isNotNull(pledges.retractedAt) : undefined,
  );
}

// A function, not a constant: the spelling of `caseless` is the engine's when the list is asked for.
const orderOf = (sort: EditorSort): SQL =>
  (
    ({
      updated: sql`${pledges.updatedAt}`,
      id: sql`${pledges.id}`,
      date: sql`${pledges.announcedOn}`,
      title: caseless(pledges.title),
      donor: caseless(sql`(select ${parties.name} from ${parties} where ${parties.id} = ${pledges.donorId})`),
      stage: sql`${pledges.stage}`,
      amount: sql`${pledges.amountUsd}`,
    }) satisfies Record<EditorSort, SQL>
  )[sort];

export async function listEditorPledges(p: EditorListParams): Promise<EditorPledgeList> {
  return read(async (db) => {
    const where = whereFor(p);
    const total = (await one(db.select({ n: count() }).from(pledges).where(where)))?.n ?? 0;
    const pages = Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE));
    const page = Math.min(p.page, pages);
    const order =
      p.dir === 'asc' ? sql`${orderOf(p.sort)} asc nulls last` : sql`${orderOf(p.sort)} desc nulls last`;
    const rows = await selectSummaries(db, where)
      .orderBy(order, p.dir === 'asc' ? asc(pledges.id) : desc(pledges.id))
      .limit(EDITOR_PAGE_SIZE)
      .offset((page - 1) * EDITOR_PAGE_SIZE);
    return { rows: rows.map(flatten), total, page, pages };
  });
}
