// Sources are documents; the quote that supports a figure lives on the pledge↔source link. A mention
// that states a stored document differently corrects it (db/pledges/source-corrections.ts).
import { and, eq, isNull } from 'drizzle-orm';
import { one, type Tx } from '../connection';
import { pledgeSources, sources } from '../tables';
import { correctSource, type CorrectionContext } from './source-corrections';

export type { CorrectionContext } from './source-corrections';

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
  await correctSource(tx, existing, input, context);
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
