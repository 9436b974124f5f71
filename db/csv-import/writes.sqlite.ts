// The bulk create verb behind the CSV import: the same schema, parent rules, FX conversion, source
// matching and 'create' revision as createPledgeIn (the pure half is db/csv-import/prepare.ts), with
// parties and source documents remembered across rows and the rows written BATCH at a time by
// multi-row INSERTs. Each pledge's id is assigned here, as AUTOINCREMENT would (one past the
// largest ever used), so a batch can be written after the rows that name it as their parent.
import type { Statement } from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { getSqlite } from '../sqlite/client';
import { one, type Tx } from '../connection';
import { sources } from '../tables';
import type { PledgeRow } from '../schema';
import { findOrCreateParty } from '../pledges/parties';
import { upsertSource } from '../pledges/sources';
import type { Actor } from '../pledges/revisions';
import { parentProblem } from '../pledges/writes';
import { INSERT_COLUMNS, SLOT, creationJson, documentKey, prepareCreate, snapshotView, type LinkedSource, type PartyRef, type PreparedCreate, type SourceRef } from './prepare';
import type { ImportWriter, IncomingRow } from './rows';
import { PLEDGE_KINDS, STAGES } from '../../lib/domain';
import type { FxTable } from '../../lib/fx';
import { ValidationError } from '../../lib/validation';

type ParentFacts = Pick<PledgeRow, 'retractedAt' | 'parentId' | 'kind' | 'donorId' | 'stage'>;

/** Rows per INSERT statement: large enough to spread a statement's fixed cost thinly. */
const BATCH = 100;

/** An INSERT of `width` values per row, run with as many rows as given (BATCH per statement). */
function inserter(head: string, tuple: string, width: number) {
  const sqlite = getSqlite();
  const statements = new Map<number, Statement>();
  return (values: unknown[]) => {
    const rows = values.length / width;
    for (let at = 0; at < rows; at += BATCH) {
      const n = Math.min(BATCH, rows - at);
      let statement = statements.get(n);
      if (!statement) statements.set(n, statement = sqlite.prepare(`${head} values ${Array(n).fill(tuple).join(', ')}`));
      statement.run(n === rows ? values : values.slice(at * width, (at + n) * width));
    }
  };
}

/** The SQLite import's writer; `fx` converts the rows no reader thread prepared. */
export function pledgeWriter(tx: Tx, actor: Actor, reason: string, fx: FxTable): ImportWriter {
  const sqlite = getSqlite();
  const byId = sqlite.prepare('select id from pledges where id = ?').pluck();
  const byExternalId = sqlite.prepare('select id from pledges where external_id = ?').pluck();
  const parties = new Map<string, { id: number; slug: string }>();
  const documents = new Map<string, { id: number; title: string; publisher: string | null }>();
  const selectParent = sqlite.prepare(`select retracted_at as retractedAt, parent_id as parentId, kind, donor_id as donorId, stage
    from pledges where id = ?`);
  const firstId = Number(sqlite.prepare(`select max(coalesce((select seq from sqlite_sequence where name = 'pledges'), 0),
    coalesce((select max(id) from pledges), 0)) + 1`).pluck().get());
  let nextId = firstId;
  // The parent facts of the pledges created here (by id - firstId), so rules hold before a flush.
  const facts = { donor: new Int32Array(1024), parent: new Int32Array(1024), kind: new Uint8Array(1024), stage: new Uint8Array(1024) };
  const writePledges = inserter(`insert into pledges (id, ${INSERT_COLUMNS.join(', ')})`, `(${Array(INSERT_COLUMNS.length + 1).fill('?').join(', ')})`, INSERT_COLUMNS.length + 1);
  const writeLinks = inserter('insert into pledge_sources (pledge_id, source_id, quote, position)', '(?, ?, ?, ?)', 4);
  const writeRevisions = inserter('insert into revisions (pledge_id, action, actor_id, actor_label, reason, changes, version)', "(?, 'create', ?, ?, ?, ?, 1)", 5);
  let pledgeRows: unknown[] = [];
  let linkRows: unknown[] = [];
  let revisionRows: unknown[] = [];

  const party = async (ref: PartyRef) => {
    let found = parties.get(ref.key);
    if (!found) parties.set(ref.key, found = await findOrCreateParty(tx, ref.name, ref.kind));
    return found;
  };

  // A document mentioned again with the same details adds nothing upsertSource would fill in. A
  // row stating a known URL's details differently corrects the document, recorded on every pledge
  // citing it as an edit would be (rows are read in file order, so the last statement stands);
  // the rows written so far are flushed first, so each of them is among the pledges it reaches.
  const keyOfUrl = new Map<string, string>();
  const document = async (s: SourceRef, pledgeId: number) => {
    const key = documentKey(s);
    let found = documents.get(key);
    if (!found) {
      const earlier = s.url ? keyOfUrl.get(s.url) : undefined;
      if (earlier !== undefined) {
        flush();
        documents.delete(earlier);
      }
      if (s.url) keyOfUrl.set(s.url, key);
      const id = await upsertSource(tx, s, { actor, pledgeId, reason: `source corrected while importing pledge #${pledgeId}: ${reason}` });
      const stored = (await one(tx.select({ title: sources.title, publisher: sources.publisher }).from(sources).where(eq(sources.id, id))))!;
      documents.set(key, found = { id, ...stored });
    }
    return found;
  };

  function parentFacts(id: number): ParentFacts | undefined {
    const at = id - firstId;
    if (at < 0 || id >= nextId) return selectParent.get(id) as ParentFacts | undefined;
    return { retractedAt: null, parentId: facts.parent[at] || null, kind: PLEDGE_KINDS[facts.kind[at]], donorId: facts.donor[at], stage: STAGES[facts.stage[at]] };
  }

  function remember(id: number, p: PreparedCreate, donorId: number, parentId: number | null): void {
    const at = id - firstId;
    if (at >= facts.donor.length) {
      for (const key of ['donor', 'parent', 'kind', 'stage'] as const) {
        const grown = new (facts[key].constructor as Int32ArrayConstructor)(facts[key].length * 2);
        grown.set(facts[key]);
        (facts as Record<string, unknown>)[key] = grown;
      }
    }
    facts.donor[at] = donorId;
    facts.parent[at] = parentId ?? 0;
    facts.kind[at] = PLEDGE_KINDS.indexOf(p.values[SLOT.kind] as PledgeRow['kind']);
    facts.stage[at] = STAGES.indexOf(p.values[SLOT.stage] as PledgeRow['stage']);
  }

  /** Writes what is buffered; before anything reads pledges, sources links or revisions back. */
  function flush(): void {
    if (pledgeRows.length === 0) return;
    writePledges(pledgeRows);
    writeLinks(linkRows);
    writeRevisions(revisionRows);
    pledgeRows = [];
    linkRows = [];
    revisionRows = [];
  }

  /** Creates one prepared pledge; throws ValidationError naming the field, writing nothing. */
  async function create(p: PreparedCreate, parentId: number | null): Promise<number> {
    if (p.invalid) throw new ValidationError(p.invalid);
    const donor = parties.get(p.donor.key) ?? await party(p.donor);
    if (parentId != null) {
      const problem = parentProblem(parentFacts(parentId), { parentId }, donor.id, null, 0);
      if (problem) throw new ValidationError(problem);
    }
    if (p.fxInvalid) throw new ValidationError(p.fxInvalid);
    const recipient = parties.get(p.recipient.key) ?? await party(p.recipient);
    const id = nextId++;
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
    let prepared = p.changes !== null && parentId === null && donor.slug === p.donor.slug && recipient.slug === p.recipient.slug;
    for (const s of p.sources) {
      const doc = documents.get(documentKey(s)) ?? await document(s, id);
      if (seen.includes(doc.id)) { // the same document twice: keep the first quote, as setPledgeSources does
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
    remember(id, p, donor.id, parentId);
    if (pledgeRows.length >= BATCH * (INSERT_COLUMNS.length + 1)) flush();
    return id;
  }

  return {
    create: (row: IncomingRow, parentId: number | null) => create(row.prepared ?? prepareCreate(row.input!, parentId != null, fx, actor), parentId),
    flush,
    hasPledge: (id) => byId.get(id) !== undefined,
    withExternalId: (externalId) => byExternalId.get(externalId) as number | undefined,
  };
}
