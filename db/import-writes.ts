// The bulk create verb behind the CSV import: the same schema, parent rules, FX conversion, source
// matching and 'create' revision as createPledgeIn, but with prepared statements, the FX table read
// once and parties and source documents remembered across rows, so a million rows take seconds.
import { eq } from 'drizzle-orm';
import { getSqlite, type Tx } from './client';
import { sources, type PledgeRow } from './schema';
import { findOrCreateParty } from './parties';
import { upsertSource } from './sources';
import { loadFxTable } from './fx';
import type { Actor } from './revisions';
import { conversionFor, parentProblem, parsePledge, pledgeColumns, snapshot, type SnapshotFields } from './pledge-writes';
import { slugify } from '../lib/domain';
import { fastPledgeData } from '../lib/csv/fast-pledge';
import { ValidationError } from '../lib/validation';
import type { PledgeData } from '../lib/pledge-schema';

type ParentFacts = Pick<PledgeRow, 'retractedAt' | 'parentId' | 'kind' | 'donorId' | 'stage'>;

/**
 * diffSnapshots(null, after) without its two JSON.stringify calls per field: against nothing,
 * every field that is not null changed (tests/unit/import-writes pins the two together).
 */
export function creationChanges(after: Record<string, unknown>): Record<string, [null, unknown]> {
  const out: Record<string, [null, unknown]> = {};
  for (const key in after) {
    const value = after[key];
    if (value != null) out[key] = [null, value];
  }
  return out;
}

export function pledgeCreator(tx: Tx, actor: Actor, reason: string) {
  const sqlite = getSqlite();
  const fx = loadFxTable();
  const parties = new Map<string, { id: number; slug: string }>();
  const documents = new Map<string, { id: number; title: string; publisher: string | null }>();
  const insertPledge = sqlite.prepare(`insert into pledges (external_id, donor_id, recipient_id, title, description, category,
    instrument, stage, kind, is_lower_bound, parent_id, amount, currency, amount_usd, fx_rate, fx_date, fx_source, announced_on,
    date_precision, created_by, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const selectParent = sqlite.prepare(`select retracted_at as retractedAt, parent_id as parentId, kind, donor_id as donorId, stage
    from pledges where id = ?`);
  const insertLink = sqlite.prepare('insert into pledge_sources (pledge_id, source_id, quote, position) values (?, ?, ?, ?)');
  const insertRevision = sqlite.prepare(`insert into revisions (pledge_id, action, actor_id, actor_label, reason, changes, version)
    values (?, 'create', ?, ?, ?, ?, 1)`);

  const party = (name: string, kind: PledgeData['donorKind']) => {
    const slug = slugify(name);
    let found = parties.get(slug);
    if (!found) parties.set(slug, found = findOrCreateParty(tx, name, kind));
    return found;
  };

  // A document mentioned again with the same details adds nothing upsertSource would fill in.
  const document = (s: PledgeData['sources'][number]) => {
    const key = JSON.stringify([s.url, s.publisher, s.title, s.publishedOn, s.accessedOn]);
    let found = documents.get(key);
    if (!found) {
      const id = upsertSource(tx, s);
      const stored = tx.select({ title: sources.title, publisher: sources.publisher }).from(sources).where(eq(sources.id, id)).get()!;
      documents.set(key, found = { id, ...stored });
    }
    return found;
  };

  /** Validates and creates one pledge; throws ValidationError naming the field, writing nothing. */
  return function create(input: unknown): number {
    const data = fastPledgeData(input) ?? parsePledge(input);
    const donor = party(data.donor, data.donorKind);
    if (data.parentId != null) {
      const problem = parentProblem(selectParent.get(data.parentId) as ParentFacts | undefined, data, donor.id, null, 0);
      if (problem) throw new ValidationError(problem);
    }
    const conversion = conversionFor(data, fx);
    const recipient = party(data.recipient, data.recipientKind);
    const c = pledgeColumns(data, donor.id, recipient.id, conversion, actor);
    const id = Number(insertPledge.run(c.externalId, c.donorId, c.recipientId, c.title, c.description, c.category, c.instrument,
      c.stage, c.kind, c.isLowerBound ? 1 : 0, c.parentId, c.amount, c.currency, c.amountUsd, c.fxRate, c.fxDate, c.fxSource,
      c.announcedOn, c.datePrecision, actor.id, c.updatedAt, c.updatedBy).lastInsertRowid);
    const linked: SnapshotFields['sources'] = [];
    const seen = new Set<number>();
    for (const s of data.sources) {
      const doc = document(s);
      if (seen.has(doc.id)) continue; // the same document twice: keep the first quote, as setPledgeSources does
      seen.add(doc.id);
      insertLink.run(id, doc.id, s.quote ?? '', linked.length);
      linked.push({ url: s.url ?? null, title: doc.title, publisher: doc.publisher, quote: s.quote ?? '' });
    }
    const view: SnapshotFields = {
      ...c, currency: c.currency ?? null, id, version: 1, retractedAt: null, retractionReason: null, createdAt: c.updatedAt, createdBy: actor.id,
      donor, recipient, sources: linked,
    };
    insertRevision.run(id, actor.id, actor.label, reason, JSON.stringify(creationChanges(snapshot(view))));
    return id;
  };
}
