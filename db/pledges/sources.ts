// Sources are documents; the quote that supports a figure lives on the pledge↔source link.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { getDb, type Tx } from '../sqlite/client';
import { read } from '../sqlite/transaction';
import { pledgeSources, pledges, sources } from '../schema';
import { recordRevision, type Actor, type Changes } from './revisions';
import { SOURCE_CHANGE_PREFIX } from '../../lib/revision-changes';

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

/** Who corrects a document and why; the revisions it leaves on the pledges that cite it say so. */
export type CorrectionContext = {
  actor: Actor;
  /** The reason recorded on every other citing pledge ("source corrected while editing pledge #4"). */
  reason: string;
  /** The pledge being written: its own revision records the correction, so it is left out here. */
  pledgeId: number | null;
  /** Filled with each corrected document's before and after, for the pledge's own revision. */
  corrections?: Changes;
};

type SourceRow = typeof sources.$inferSelect;
/** The details a correction can change; accessedOn only fills a gap (a later visit is no correction). */
const CORRECTABLE = ['title', 'publisher', 'publishedOn'] as const;
const documentOf = (r: Pick<SourceRow, 'url' | 'title' | 'publisher' | 'publishedOn'>) =>
  ({ url: r.url, title: r.title, publisher: r.publisher, publishedOn: r.publishedOn });

/** Every other pledge citing `sourceId` gets an 'update' revision and a new version: it changed too. */
function recordOnCitingPledges(tx: Tx, sourceId: number, change: [unknown, unknown], context: CorrectionContext): void {
  const citing = tx.select({ id: pledges.id, version: pledges.version }).from(pledgeSources)
    .innerJoin(pledges, eq(pledges.id, pledgeSources.pledgeId)).where(eq(pledgeSources.sourceId, sourceId)).all();
  const at = new Date().toISOString();
  for (const p of citing) {
    if (p.id === context.pledgeId) continue;
    tx.update(pledges).set({ version: p.version + 1, updatedAt: at, updatedBy: context.actor.id }).where(eq(pledges.id, p.id)).run();
    recordRevision(tx, {
      pledgeId: p.id, action: 'update', actor: context.actor, reason: context.reason,
      changes: { [`${SOURCE_CHANGE_PREFIX}${sourceId}`]: change }, version: p.version + 1,
    });
  }
}

/**
 * The same document is stored once: matched by URL, or by title and publisher when printed. A
 * mention that states a detail differently corrects the document for every pledge citing it (each
 * gets a revision); a detail left empty keeps what is stored, so a citation never erases it.
 */
export function upsertSource(tx: Tx, input: SourceInput, context: CorrectionContext): number {
  const title = input.title?.trim() || input.publisher?.trim() || input.url || 'Untitled source';
  const existing = input.url
    ? tx.select().from(sources).where(eq(sources.url, input.url)).get()
    : tx.select().from(sources).where(and(isNull(sources.url), eq(sources.title, title),
      input.publisher ? eq(sources.publisher, input.publisher) : isNull(sources.publisher))).get();
  if (!existing) {
    return tx.insert(sources).values({
      url: input.url ?? null, publisher: input.publisher ?? null, title,
      publishedOn: input.publishedOn ?? null, accessedOn: input.accessedOn ?? null,
    }).returning({ id: sources.id }).get().id;
  }
  const patch: Partial<SourceRow> = {};
  for (const key of CORRECTABLE) {
    const given = input[key]?.trim() || null;
    if (given && given !== existing[key]) patch[key] = given;
  }
  if (!existing.accessedOn && input.accessedOn) patch.accessedOn = input.accessedOn;
  if (Object.keys(patch).length === 0) return existing.id;
  tx.update(sources).set(patch).where(eq(sources.id, existing.id)).run();
  const before = documentOf(existing);
  const after = documentOf({ ...existing, ...patch });
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    recordOnCitingPledges(tx, existing.id, [before, after], context);
    if (context.corrections) context.corrections[`${SOURCE_CHANGE_PREFIX}${existing.id}`] = [before, after];
  }
  return existing.id;
}

/** Replaces a pledge's sources with `list`, in order. */
export function setPledgeSources(tx: Tx, pledgeId: number, list: SourceInput[], context: CorrectionContext): void {
  tx.delete(pledgeSources).where(eq(pledgeSources.pledgeId, pledgeId)).run();
  const seen = new Set<number>();
  list.forEach((s, position) => {
    const sourceId = upsertSource(tx, s, context);
    if (seen.has(sourceId)) return; // the same document twice: keep the first quote
    seen.add(sourceId);
    tx.insert(pledgeSources).values({ pledgeId, sourceId, quote: s.quote ?? '', position }).run();
  });
}

export type StoredSource = { url: string; publisher: string | null; title: string; publishedOn: string | null; usedBy: number; citedByPledge: boolean };

/** The stored document at `url` and how many pledges cite it (the editor form's lookup). */
export async function findSourceByUrl(url: string, pledgeId: number | null = null): Promise<StoredSource | null> {
  return read(() => {
    const db = getDb();
    const row = db.select().from(sources).where(eq(sources.url, url)).get();
    if (!row) return null;
    const citing = db.select({ pledgeId: pledgeSources.pledgeId }).from(pledgeSources).where(eq(pledgeSources.sourceId, row.id)).all();
    return {
      url, publisher: row.publisher, title: row.title, publishedOn: row.publishedOn,
      usedBy: citing.length, citedByPledge: citing.some((c) => c.pledgeId === pledgeId),
    };
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
export function sourcesForPledges(ids: number[]): Map<number, LinkedSource[]> {
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

export async function listSourcesForPledges(ids: number[]): Promise<Map<number, LinkedSource[]>> {
  return read(() => sourcesForPledges(ids));
}

/** How many sources each pledge has. */
export function countSourcesForPledges(ids: number[]): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = getDb().select({ pledgeId: pledgeSources.pledgeId, n: sql<number>`count(*)` }).from(pledgeSources)
    .where(sql`${pledgeSources.pledgeId} in ${ids}`).groupBy(pledgeSources.pledgeId).all();
  return new Map(rows.map((r) => [r.pledgeId, r.n]));
}
