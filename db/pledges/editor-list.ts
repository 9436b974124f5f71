// The editor's list: every pledge, retracted ones included unless asked otherwise, found by words
// (title, donor, recipient) or by id, narrowed by stage and category, sorted by any column.
import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import { caseless } from '../sql-dialect';
import { getDb } from '../sqlite/client';
import { read } from '../sqlite/transaction';
import { parties, pledges } from '../schema';
import { flatten, selectSummaries, type PledgeSummary } from './read';
import type { EditorListParams, EditorSort } from '../../lib/editor-list-params';

export const EDITOR_PAGE_SIZE = 50;
export type EditorPledgeList = { rows: PledgeSummary[]; total: number; page: number; pages: number };

/** `%words%` for LIKE, with the user's own % and _ matched literally. */
function containing(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function matching(q: string): SQL | undefined {
  if (!q) return undefined;
  const pattern = containing(q);
  const partyNamed = sql`(select ${parties.id} from ${parties} where ${parties.name} like ${pattern} escape '\\')`;
  const id = /^#?(\d{1,15})$/.exec(q);
  return or(
    id ? eq(pledges.id, Number(id[1])) : undefined,
    sql`${pledges.title} like ${pattern} escape '\\'`,
    sql`${pledges.donorId} in ${partyNamed}`,
    sql`${pledges.recipientId} in ${partyNamed}`,
  );
}

function whereFor(p: EditorListParams): SQL | undefined {
  return and(
    matching(p.q),
    p.stage ? eq(pledges.stage, p.stage) : undefined,
    p.category ? eq(pledges.category, p.category) : undefined,
    p.retracted === 'hide' ? sql`${pledges.retractedAt} is null` : undefined,
    p.retracted === 'only' ? sql`${pledges.retractedAt} is not null` : undefined,
  );
}

const ORDER: Record<EditorSort, SQL> = {
  updated: sql`${pledges.updatedAt}`,
  id: sql`${pledges.id}`,
  date: sql`${pledges.announcedOn}`,
  title: caseless(pledges.title),
  donor: caseless(sql`(select ${parties.name} from ${parties} where ${parties.id} = ${pledges.donorId})`),
  stage: sql`${pledges.stage}`,
  amount: sql`${pledges.amountUsd}`,
};

export async function listEditorPledges(p: EditorListParams): Promise<EditorPledgeList> {
  return read(() => {
    const where = whereFor(p);
    const total = getDb().select({ n: sql<number>`count(*)` }).from(pledges).where(where).get()?.n ?? 0;
    const pages = Math.max(1, Math.ceil(total / EDITOR_PAGE_SIZE));
    const page = Math.min(p.page, pages);
    const order = p.dir === 'asc' ? sql`${ORDER[p.sort]} asc nulls last` : sql`${ORDER[p.sort]} desc nulls last`;
    const rows = selectSummaries(getDb(), where)
      .orderBy(order, p.dir === 'asc' ? asc(pledges.id) : desc(pledges.id))
      .limit(EDITOR_PAGE_SIZE).offset((page - 1) * EDITOR_PAGE_SIZE).all().map(flatten);
    return { rows, total, page, pages };
  });
}
