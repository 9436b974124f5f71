// The bulk create verb behind the CSV import: the same schema, parent rules, FX conversion, source
// matching and 'create' revision as createPledgeIn (the pure half is db/csv-import/prepare.ts), with
// parties and source documents remembered across rows and the rows written BATCH at a time by
// multi-row INSERTs. Each pledge's id is taken from the engine's store when the row is read (one
// past the largest ever used on SQLite, reserved from the identity sequence on PostgreSQL), so a
// batch can be written after the rows that name it as their parent. The stores are
// db/csv-import/writes.sqlite.ts (prepared statements) and db/csv-import/writes.postgres.ts.
import type { Tx } from '../connection';
import type { PledgeRow } from '../schema';
import { findOrCreateParty } from '../pledges/parties';
import type { Actor } from '../pledges/revisions';
import { parentProblem } from '../pledges/writes';
import { documentKey, prepareCreate, type PartyRef, type PreparedCreate } from './prepare';
import { INSERT_COLUMNS, SLOT } from './insert-columns';
import { creationJson, snapshotView, type LinkedSource } from './snapshot-view';
import type { ImportWriter, IncomingRow } from './incoming-row';
import { CreatedFacts } from './created-facts';
import { KnownDocuments } from './known-documents';
import type { FxTable } from '../../lib/fx';
import { ValidationError } from '../../lib/validation';

export type ParentFacts = Pick<PledgeRow, 'retractedAt' | 'parentId' | 'kind' | 'donorId' | 'stage'>;
type Maybe<T> = T | Promise<T>;

/** Where the batched writer's rows go, per engine. Each write takes rows flattened, in the columns named. */
export type BatchStore = Pick<ImportWriter, 'hasPledge' | 'withExternalId'> & {
  /** The next new pledge's id; ids only grow. */
  takeId(): Maybe<number>;
  /** id, then INSERT_COLUMNS, per row. */
  writePledges(values: unknown[]): Maybe<void>;
  /** pledge_id, source_id, quote, position. */
  writeLinks(values: unknown[]): Maybe<void>;
  /** pledge_id, actor_id, actor_label, reason, changes of a 'create' revision at version 1. */
  writeRevisions(values: unknown[]): Maybe<void>;
  storedParent(id: number): Maybe<ParentFacts | undefined>;
};

/** Rows per INSERT statement: large enough to spread a statement's fixed cost thinly. */
export const BATCH = 100;

/** The import's batched writer; `fx` converts the rows no reader thread prepared. */
export function pledgeWriter(
  tx: Tx,
  actor: Actor,
  reason: string,
  fx: FxTable,
  store: BatchStore,
): ImportWriter {
  const parties = new Map<string, { id: number; slug: string }>();
  const facts = new CreatedFacts();
  const documents = new KnownDocuments(tx, actor, reason, () => flush());
  let pledgeRows: unknown[] = [];
  let linkRows: unknown[] = [];
  let revisionRows: unknown[] = [];

  const party = async (ref: PartyRef) => {
    let found = parties.get(ref.key);
    if (!found) parties.set(ref.key, (found = await findOrCreateParty(tx, ref.name, ref.kind)));
    return found;
  };

  function parentFacts(id: number): Maybe<ParentFacts | undefined> {
    return facts.parentFacts(id) ?? store.storedParent(id);
  }

  /** Writes what is buffered; before anything reads pledges, sources links or revisions back. */
  async function flush(): Promise<void> {
    if (pledgeRows.length === 0) return;
    await store.writePledges(pledgeRows);
    await store.writeLinks(linkRows);
    await store.writeRevisions(revisionRows);
    pledgeRows = [];
    linkRows = [];
    revisionRows = [];
  }

  /** Creates one prepared pledge; throws ValidationError naming the field, writing nothing. */
  async function create(p: PreparedCreate, parentId: number | null): Promise<number> {
    if (p.invalid) throw new ValidationError(p.invalid);
    const donor = parties.get(p.donor.key) ?? (await party(p.donor));
    if (parentId != null) {
      const problem = parentProblem(await parentFacts(parentId), { parentId }, donor.id, null, 0);
      if (problem) throw new ValidationError(problem);
    }
    if (p.fxInvalid) throw new ValidationError(p.fxInvalid);
    const recipient = parties.get(p.recipient.key) ?? (await party(p.recipient));
    const taken = store.takeId();
    const id = typeof taken === 'number' ? taken : await taken;
    const values = p.values;
    values[SLOT.donorId] = donor.id;
    values[SLOT.recipientId] = recipient.id;
    values[SLOT.parentId] = parentId;
    pledgeRows.push(id);
    for (let i = 0; i < values.length; i++) pledgeRows.push(values[i]);
    const linked: LinkedSource[] = [];
    const seen: number[] = [];
    // The prepared JSON names each source by its URL and the file's publisher: it stands when
    // every stored document has that URL and publisher and no document came twice.
    // It also names the parties by the slugs their names would get: a party already stored under
    // a suffixed slug ("-2") needs the JSON built again.
    let prepared =
      p.changes !== null &&
      parentId === null &&
      donor.slug === p.donor.slug &&
      recipient.slug === p.recipient.slug;
    for (const s of p.sources) {
      const doc = documents.known(documentKey(s)) ?? (await documents.store(s, id));
      if (seen.includes(doc.id)) {
        // the same document twice: keep the first quote, as setPledgeSources does
        prepared = false;
        continue;
      }
      seen.push(doc.id);
      if (!s.url || doc.publisher !== (s.publisher ?? null)) prepared = false;
      linkRows.push(id, doc.id, s.quote ?? '', linked.length);
      linked.push({ url: s.url ?? null, title: doc.title, publisher: doc.publisher, quote: s.quote ?? '' });
    }
    const changes = prepared ? p.changes : creationJson(snapshotView(id, values, donor, recipient, linked));
    revisionRows.push(id, actor.id, actor.label, reason, changes);
    facts.remember(id, p, donor.id, parentId);
    if (pledgeRows.length >= BATCH * (INSERT_COLUMNS.length + 1)) await flush();
    return id;
  }

  return {
    create: (row: IncomingRow, parentId: number | null) =>
      create(row.prepared ?? prepareCreate(row.input!, parentId != null, fx, actor), parentId),
    flush,
    hasPledge: store.hasPledge,
    withExternalId: store.withExternalId,
  };
}
