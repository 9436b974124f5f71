// Sources are documents; the quote that supports a figure lives on the pledge↔source link.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { one, type Tx } from '../connection';
import { pledgeSources, pledges, sources } from '../tables';
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

type SourceRow = typeof import('../schema').sources.$inferSelect;
/** The details a correction can change; accessedOn only fills a gap (a later visit is no correction). */
const CORRECTABLE = ['title', 'publisher', 'publishedOn'] as const;
const documentOf = (r: Pick<SourceRow, 'url' | 'title' | 'publisher' | 'publishedOn'>) => ({
  url: r.url,
  title: r.title,
  publisher: r.publisher,
  publishedOn: r.publishedOn,
});

/** Every other pledge citing `sourceId` gets an 'update' revision and a new version: it changed too. */
async function recordOnCitingPledges(
  tx: Tx,
  sourceId: number,
  change: [unknown, unknown],
  context: CorrectionContext,
): Promise<void> {
  const citing = await tx
    .select({ id: pledgeSources.pledgeId })
    .from(pledgeSources)
    .where(eq(pledgeSources.sourceId, sourceId));
  const at = new Date().toISOString();
  for (const p of citing) {
    if (p.id === context.pledgeId) continue;
    // The next version counted by the update itself, so a concurrent write to the pledge is never overwritten.
    const [bumped] = await tx
      .update(pledges)
      .set({ version: sql`${pledges.version} + 1`, updatedAt: at, updatedBy: context.actor.id })
      .where(eq(pledges.id, p.id))
      .returning({ version: pledges.version });
    await recordRevision(tx, {
      pledgeId: p.id,
      action: 'update',
      actor: context.actor,
      reason: context.reason,
      changes: { [`${SOURCE_CHANGE_PREFIX}${sourceId}`]: change },
      version: bumped.version,
      at,
    });
  }
}

/**
 * The same document is stored once: matched by URL, or by title and publisher when printed. A
 * mention that states a detail differently corrects the document for every pledge citing it (each
 * gets a revision); a detail left empty keeps what is stored, so a citation never erases it. A new
 * URL is inserted with `on conflict do nothing`: when a concurrent writer stored the same URL first,
 * its row is read back and corrected like any stored one.
 */
export async function upsertSource(tx: Tx, input: SourceInput, context: CorrectionContext): Promise<number> {
  const title = input.title?.trim() || input.publisher?.trim() || input.url || 'Untitled source';
  const find = () =>
    one(
      input.url
        ? tx.select().from(sources).where(eq(sources.url, input.url))
        : tx
            .select()
            .from(sources)
            .where(
              and(
                isNull(sources.url),
                eq(sources.title, title),
                input.publisher ? eq(sources.publisher, input.publisher) : isNull(sources.publisher),
              ),
            ),
    );
  let existing = await find();
  if (!existing) {
    const created = await tx
      .insert(sources)
      .values({
        url: input.url ?? null,
        publisher: input.publisher ?? null,
        title,
        publishedOn: input.publishedOn ?? null,
        accessedOn: input.accessedOn ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: sources.id });
    if (created[0]) return created[0].id;
    existing = await find();
    if (!existing) throw new Error(`source ${input.url} could neither be found nor stored`);
  }
  const patch: Partial<SourceRow> = {};
  for (const key of CORRECTABLE) {
    const given = input[key]?.trim() || null;
    if (given && given !== existing[key]) patch[key] = given;
  }
  if (!existing.accessedOn && input.accessedOn) patch.accessedOn = input.accessedOn;
  if (Object.keys(patch).length === 0) return existing.id;
  await tx.update(sources).set(patch).where(eq(sources.id, existing.id));
  const before = documentOf(existing);
  const after = documentOf({ ...existing, ...patch });
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await recordOnCitingPledges(tx, existing.id, [before, after], context);
    if (context.corrections) context.corrections[`${SOURCE_CHANGE_PREFIX}${existing.id}`] = [before, after];
  }
  return existing.id;
}

/** Replaces a pledge's sources with `list`, in order. */
export async function setPledgeSources(
  tx: Tx,
  pledgeId: number,
  list: SourceInput[],
  context: CorrectionContext,
): Promise<void> {
  await tx.delete(pledgeSources).where(eq(pledgeSources.pledgeId, pledgeId));
  const seen = new Set<number>();
  for (const [position, s] of list.entries()) {
    const sourceId = await upsertSource(tx, s, context);
    if (seen.has(sourceId)) continue; // the same document twice: keep the first quote
    seen.add(sourceId);
    await tx.insert(pledgeSources).values({ pledgeId, sourceId, quote: s.quote ?? '', position });
  }
}

export {
  countSourcesForPledges,
  findSourceByUrl,
  listSourcesForPledge,
  listSourcesForPledges,
  sourcesForPledges,
  type StoredSource,
} from './source-reads';
