// Sources are documents; the quote that supports a figure lives on the pledge↔source link.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from './client';
import { pledgeSources, sources } from './schema';

export type SourceInput = {
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  accessedOn?: string | null;
  quote?: string | null;
};

export type LinkedSource = {
  id: number;
  url: string | null;
  publisher: string | null;
  title: string;
  publishedOn: string | null;
  accessedOn: string | null;
  quote: string;
};

/** The same document is stored once: matched by URL, or by title and publisher when printed. */
export function upsertSource(tx: Tx, input: SourceInput): number {
  const title = input.title?.trim() || input.publisher?.trim() || input.url || 'Untitled source';
  const existing = input.url
    ? tx.select().from(sources).where(eq(sources.url, input.url)).get()
    : tx.select().from(sources).where(and(isNull(sources.url), eq(sources.title, title),
      input.publisher ? eq(sources.publisher, input.publisher) : isNull(sources.publisher))).get();
  if (existing) {
    // Fill in what an earlier mention left blank; never overwrite what is already recorded.
    const patch = {
      publisher: existing.publisher ?? input.publisher ?? null,
      publishedOn: existing.publishedOn ?? input.publishedOn ?? null,
      accessedOn: existing.accessedOn ?? input.accessedOn ?? null,
      title: existing.title === existing.url && input.title ? input.title : existing.title,
    };
    tx.update(sources).set(patch).where(eq(sources.id, existing.id)).run();
    return existing.id;
  }
  return tx.insert(sources).values({
    url: input.url ?? null, publisher: input.publisher ?? null, title,
    publishedOn: input.publishedOn ?? null, accessedOn: input.accessedOn ?? null,
  }).returning({ id: sources.id }).get().id;
}

/** Replaces a pledge's sources with `list`, in order. */
export function setPledgeSources(tx: Tx, pledgeId: number, list: SourceInput[]): void {
  tx.delete(pledgeSources).where(eq(pledgeSources.pledgeId, pledgeId)).run();
  const seen = new Set<number>();
  list.forEach((s, position) => {
    const sourceId = upsertSource(tx, s);
    if (seen.has(sourceId)) return; // the same document twice: keep the first quote
    seen.add(sourceId);
    tx.insert(pledgeSources).values({ pledgeId, sourceId, quote: s.quote ?? '', position }).run();
  });
}

const linkedColumns = {
  pledgeId: pledgeSources.pledgeId, id: sources.id, url: sources.url, publisher: sources.publisher,
  title: sources.title, publishedOn: sources.publishedOn, accessedOn: sources.accessedOn, quote: pledgeSources.quote,
};

export function listSourcesForPledge(pledgeId: number, tx: Tx | ReturnType<typeof getDb> = getDb()): LinkedSource[] {
  return tx.select(linkedColumns).from(pledgeSources).innerJoin(sources, eq(sources.id, pledgeSources.sourceId))
    .where(eq(pledgeSources.pledgeId, pledgeId)).orderBy(asc(pledgeSources.position)).all()
    .map(({ pledgeId: _p, ...s }) => s);
}

/** Sources of many pledges at once (tables, exports, API pages), keyed by pledge id. */
export function listSourcesForPledges(ids: number[]): Map<number, LinkedSource[]> {
  const out = new Map<number, LinkedSource[]>();
  if (ids.length === 0) return out;
  const rows = getDb().select(linkedColumns).from(pledgeSources).innerJoin(sources, eq(sources.id, pledgeSources.sourceId))
    .where(sql`${pledgeSources.pledgeId} in ${ids}`).orderBy(asc(pledgeSources.pledgeId), asc(pledgeSources.position)).all();
  for (const { pledgeId, ...s } of rows) {
    const list = out.get(pledgeId) ?? [];
    list.push(s);
    out.set(pledgeId, list);
  }
  return out;
}

/** How many sources each pledge has. */
export function countSourcesForPledges(ids: number[]): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = getDb().select({ pledgeId: pledgeSources.pledgeId, n: sql<number>`count(*)` }).from(pledgeSources)
    .where(sql`${pledgeSources.pledgeId} in ${ids}`).groupBy(pledgeSources.pledgeId).all();
  return new Map(rows.map((r) => [r.pledgeId, r.n]));
}
