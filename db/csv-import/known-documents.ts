// The source documents one import has stored, by their details: a document mentioned again with the
// same details is not looked up again; one stating a known URL's details differently corrects it.
import { eq } from 'drizzle-orm';
import { one, type Tx } from '../connection';
import { sources } from '../tables';
import { upsertSource } from '../pledges/sources';
import type { Actor } from '../pledges/revisions';
import { documentKey, type SourceRef } from './prepare';

type StoredDocument = { id: number; title: string; publisher: string | null };

export class KnownDocuments {
  private readonly documents = new Map<string, StoredDocument>();
  private readonly keyOfUrl = new Map<string, string>();

  /** `flush` writes the import's buffered rows (db/csv-import/writes.ts). */
  constructor(
    private readonly tx: Tx,
    private readonly actor: Actor,
    private readonly reason: string,
    private readonly flush: () => Promise<void>,
  ) {}

  /** The stored document with these details, when this import has met it. */
  known(key: string): StoredDocument | undefined {
    return this.documents.get(key);
  }

  // A document mentioned again with the same details adds nothing upsertSource would fill in. A
  // row stating a known URL's details differently corrects the document, recorded on every pledge
  // citing it as an edit would be (rows are read in file order, so the last statement stands);
  // the rows written so far are flushed first, so each of them is among the pledges it reaches.
  async store(s: SourceRef, pledgeId: number): Promise<StoredDocument> {
    const { tx, actor, reason, documents, keyOfUrl } = this;
    const key = documentKey(s);
    let found = documents.get(key);
    if (!found) {
      const earlier = s.url ? keyOfUrl.get(s.url) : undefined;
      if (earlier !== undefined) {
        await this.flush();
        documents.delete(earlier);
      }
      if (s.url) keyOfUrl.set(s.url, key);
      const id = await upsertSource(tx, s, {
        actor,
        pledgeId,
        reason: `source corrected while importing pledge #${pledgeId}: ${reason}`,
      });
      const stored = (await one(
        tx
          .select({ title: sources.title, publisher: sources.publisher })
          .from(sources)
          .where(eq(sources.id, id)),
      ))!;
      documents.set(key, (found = { id, ...stored }));
    }
    return found;
  }
}
