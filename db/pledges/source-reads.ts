// Reading the sources of pledges: the editor form's lookup by URL, and the sources (or their
// number) of one pledge or of many at once, in the order the pledge cites them.
import { asc, count, eq, inArray } from 'drizzle-orm';
import { one, read, type Tx } from '../connection';
import { pledgeSources, sources } from '../tables';
import { onDb } from './on-db';
import type { LinkedSource } from './sources';

export type StoredSource = {
  url: string;
  publisher: string | null;
  title: string;
  publishedOn: string | null;
  usedBy: number;
  citedByPledge: boolean;
};

/** The stored document at `url` and how many pledges cite it (the editor form's lookup). */
export async function findSourceByUrl(
  url: string,
  pledgeId: number | null = null,
): Promise<StoredSource | null> {
  return read(async (db) => {
    const row = await one(db.select().from(sources).where(eq(sources.url, url)));
    if (!row) return null;
    const citing = await db
      .select({ pledgeId: pledgeSources.pledgeId })
      .from(pledgeSources)
      .where(eq(pledgeSources.sourceId, row.id));
    return {
      url,
      publisher: row.publisher,
      title: row.title,
      publishedOn: row.publishedOn,
      usedBy: citing.length,
      citedByPledge: citing.some((c) => c.pledgeId === pledgeId),
    };
  });
}

const linkedColumns = {
  pledgeId: pledgeSources.pledgeId,
  id: sources.id,
  url: sources.url,
  publisher: sources.publisher,
  title: sources.title,
  publishedOn: sources.publishedOn,
  accessedOn: sources.accessedOn,
  quote: pledgeSources.quote,
};

export async function listSourcesForPledge(pledgeId: number, tx?: Tx): Promise<LinkedSource[]> {
  const rows = await onDb(tx, (db) =>
    db
      .select(linkedColumns)
      .from(pledgeSources)
      .innerJoin(sources, eq(sources.id, pledgeSources.sourceId))
      .where(eq(pledgeSources.pledgeId, pledgeId))
      .orderBy(asc(pledgeSources.position)),
  );
  return rows.map(({ pledgeId: _p, ...s }) => s);
}

/** Sources of many pledges at once (tables, exports, API pages), keyed by pledge id. */
export async function sourcesForPledges(ids: number[], db?: Tx): Promise<Map<number, LinkedSource[]>> {
  const out = new Map<number, LinkedSource[]>();
  if (ids.length === 0) return out;
  const rows = await onDb(db, (d) =>
    d
      .select(linkedColumns)
      .from(pledgeSources)
      .innerJoin(sources, eq(sources.id, pledgeSources.sourceId))
      .where(inArray(pledgeSources.pledgeId, ids))
      .orderBy(asc(pledgeSources.pledgeId), asc(pledgeSources.position)),
  );
  for (const { pledgeId, ...s } of rows) {
    const list = out.get(pledgeId) ?? [];
    list.push(s);
    out.set(pledgeId, list);
  }
  return out;
}

export async function listSourcesForPledges(ids: number[]): Promise<Map<number, LinkedSource[]>> {
  return sourcesForPledges(ids);
}

/** How many sources each pledge has. */
export async function countSourcesForPledges(ids: number[], db?: Tx): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await onDb(db, (d) =>
    d
      .select({ pledgeId: pledgeSources.pledgeId, n: count() })
      .from(pledgeSources)
      .where(inArray(pledgeSources.pledgeId, ids))
      .groupBy(pledgeSources.pledgeId),
  );
  return new Map(rows.map((r) => [r.pledgeId, r.n]));
}
