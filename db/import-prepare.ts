// The half of creating an imported pledge that needs no database: the schema (fast path first),
// the USD conversion, the columns and the 'create' revision's JSON. It is pure, so a worker thread
// can run it while the main thread writes (db/import-worker.ts); db/import-writes.ts does the rest.
import { conversionFor, pledgeColumns, snapshot, parsePledge, type SnapshotFields } from './pledge-writes';
import type { Actor } from './revisions';
import { fastPledgeData } from '../lib/csv/fast-pledge';
import { slugify } from '../lib/domain';
import type { FxTable } from '../lib/fx';
import type { PledgeData, PledgeInput } from '../lib/pledge-schema';
import { ValidationError, type FieldErrors } from '../lib/validation';

export type PartyRef = { name: string; kind: PledgeData['donorKind']; slug: string };
export type SourceRef = PledgeData['sources'][number];
/** The document a source becomes when nothing stored matches it (what upsertSource would insert). */
export type LinkedSource = { url: string | null; title: string; publisher: string | null; quote: string };

export type PreparedCreate = {
  /** Schema problems: the row is refused before anything else is looked at. */
  invalid: FieldErrors | null;
  /** A conversion problem, reported only when the parent rules pass (the per-row order). */
  fxInvalid: FieldErrors | null;
  donor: PartyRef;
  recipient: PartyRef;
  /** The pledges row in INSERT_COLUMNS order; the party and parent slots are filled when written. */
  values: unknown[];
  /** The revision below assumes each names a new document (see newDocument); the writer checks. */
  sources: SourceRef[];
  /** The revision's changes, with PARENT_MARK standing for the parent's id. */
  changes: string;
};

export const INSERT_COLUMNS = ['external_id', 'donor_id', 'recipient_id', 'title', 'description', 'category', 'instrument',
  'stage', 'kind', 'is_lower_bound', 'parent_id', 'amount', 'currency', 'amount_usd', 'fx_rate', 'fx_date', 'fx_source',
  'announced_on', 'date_precision', 'created_by', 'updated_at', 'updated_by'] as const;
export const SLOT = { donor: 1, recipient: 2, stage: 7, kind: 8, parent: 10 } as const;
/** In the revision JSON a quote is always escaped, so this text can only be the parentId field itself. */
export const PARENT_MARK = '"parentId":[null,-1]';
const SENTINEL_PARENT = -1;
/** Any positive id validates the same: the schema only asks whether there is a parent. */
const SOME_PARENT = 1;

const slugs = new Map<string, string>();
function partyRef(name: string, kind: PledgeData['donorKind']): PartyRef {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, slug = slugify(name));
  return { name, kind, slug };
}

/** A source's document details as one string (what upsertSource is given, the quote aside). */
export const documentKey = (s: SourceRef) => [s.url, s.publisher, s.title, s.publishedOn, s.accessedOn]
  .map((v) => (v == null ? '-' : `${v.length}:${v}`)).join('');

/** upsertSource's rules for a new document, and the key it is matched by within one row. */
export function newDocument(s: SourceRef): { title: string; key: string } {
  const title = s.title?.trim() || s.publisher?.trim() || s.url || 'Untitled source';
  return { title, key: s.url ? `u${s.url}` : `t${title.length}:${title}|${s.publisher ?? ''}` };
}

/**
 * diffSnapshots(null, after) without its two JSON.stringify calls per field: against nothing,
 * every field that is not null changed (tests/integration/csv-import-bulk pins the two together).
 */
export function creationChanges(after: Record<string, unknown>): Record<string, [null, unknown]> {
  const out: Record<string, [null, unknown]> = {};
  for (const key in after) {
    const value = after[key];
    if (value != null) out[key] = [null, value];
  }
  return out;
}

function fieldsOf(error: unknown): FieldErrors {
  if (error instanceof ValidationError) return error.fields;
  throw error;
}

/** Validates one create and works out everything it writes that does not depend on stored rows. */
export function prepareCreate(input: Omit<PledgeInput, 'parentId'>, hasParent: boolean, fx: FxTable, actor: Actor): PreparedCreate {
  const withParent = { ...input, parentId: hasParent ? SOME_PARENT : null };
  let data: PledgeData;
  try {
    data = fastPledgeData(withParent) ?? parsePledge(withParent);
  } catch (error) {
    return { invalid: fieldsOf(error), fxInvalid: null, donor: partyRef('', null), recipient: partyRef('', null), values: [], sources: [], changes: '' };
  }
  const donor = partyRef(data.donor, data.donorKind);
  const recipient = partyRef(data.recipient, data.recipientKind);
  let conversion;
  try {
    conversion = conversionFor(data, fx);
  } catch (error) {
    return { invalid: null, fxInvalid: fieldsOf(error), donor, recipient, values: [], sources: [], changes: '' };
  }
  const c = pledgeColumns({ ...data, parentId: hasParent ? SENTINEL_PARENT : null }, 0, 0, conversion, actor);
  const linked: LinkedSource[] = [];
  const seen = new Set<string>();
  for (const s of data.sources) {
    const doc = newDocument(s);
    if (seen.has(doc.key)) continue; // the same document twice: the first quote is kept
    seen.add(doc.key);
    linked.push({ url: s.url ?? null, title: doc.title, publisher: s.publisher ?? null, quote: s.quote ?? '' });
  }
  // Spelled out: spreading `c` and overriding a field makes a slow dictionary object (~15 µs a row).
  const view: SnapshotFields = {
    id: 0, externalId: c.externalId, donorId: 0, recipientId: 0, title: c.title, description: c.description,
    category: c.category, instrument: c.instrument, stage: c.stage, kind: c.kind, isLowerBound: c.isLowerBound,
    parentId: c.parentId, amount: c.amount, currency: c.currency ?? null, amountUsd: c.amountUsd, fxRate: c.fxRate,
    fxDate: c.fxDate, fxSource: c.fxSource, announcedOn: c.announcedOn, datePrecision: c.datePrecision, retractedAt: null,
    retractionReason: null, version: 1, createdAt: c.updatedAt, createdBy: actor.id, updatedAt: c.updatedAt,
    updatedBy: c.updatedBy, donor, recipient, sources: linked,
  };
  const values = [c.externalId, 0, 0, c.title, c.description, c.category, c.instrument, c.stage, c.kind, c.isLowerBound ? 1 : 0,
    null, c.amount, c.currency, c.amountUsd, c.fxRate, c.fxDate, c.fxSource, c.announcedOn, c.datePrecision, actor.id, c.updatedAt, c.updatedBy];
  return {
    invalid: null, fxInvalid: null, donor, recipient, values, sources: data.sources,
    changes: JSON.stringify(creationChanges(snapshot(view))),
  };
}
