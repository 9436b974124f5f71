// The half of creating an imported pledge that needs no database: the schema (fast path first),
// the USD conversion and the pledges row. It is pure, so a worker thread can run it while the main
// thread writes (db/csv-import/reader-worker.ts); db/csv-import/writes.sqlite.ts does the rest, the revision included
// (its sources are the stored documents, known only there).
import { conversionFor, pledgeColumns, parsePledge, snapshot, type SnapshotFields } from '../pledges/writes';
import type { Actor } from '../pledges/revisions';
import { fastPledgeData } from '../../lib/csv/fast-pledge';
import { partyNameKey, slugify } from '../../lib/party-names';
import type { FxTable } from '../../lib/fx';
import type { PledgeData, PledgeInput } from '../../lib/pledge-schema';
import { pledges, type NewPledgeRow } from '../schema';
import { ValidationError, type FieldErrors } from '../../lib/validation';
import { STORED_DATE_KEYS } from '../../lib/stage-dates';

/**
 * A party as a row names it: `key` is its identity (the writer finds or creates the party by it),
 * `slug` the one it gets unless another name holds it already (then the writer's stored slug wins).
 */
export type PartyRef = { name: string; kind: PledgeData['donorKind']; key: string; slug: string };
export type SourceRef = PledgeData['sources'][number];
export type LinkedSource = SnapshotFields['sources'][number];

export type PreparedCreate = {
  /** Schema problems: the row is refused before anything else is looked at. */
  invalid: FieldErrors | null;
  /** A conversion problem, reported only when the parent rules pass (the per-row order). */
  fxInvalid: FieldErrors | null;
  donor: PartyRef;
  recipient: PartyRef;
  /** The pledges row in INSERT_KEYS order; the party and parent slots are filled when written. */
  values: unknown[];
  sources: SourceRef[];
  /**
   * The create revision's JSON as the file states the row, worked out here (off the writer's
   * thread) for a row without a parent; the writer uses it when the stored documents agree.
   */
  changes: string | null;
};

/**
 * The pledges columns an imported row writes, in the order of its values, named by the table's own
 * keys: the compiler refuses a key the table lacks, and INSERT_COLUMNS takes the SQL names from
 * db/schema.ts, so the insert list cannot drift from the table.
 */
export const INSERT_KEYS = [
  'externalId',
  'donorId',
  'recipientId',
  'title',
  'description',
  'category',
  'instrument',
  'stage',
  'kind',
  'isLowerBound',
  'parentId',
  'amount',
  'currency',
  'amountUsd',
  'fxRate',
  'fxDate',
  'fxSource',
  'announcedOn',
  'datePrecision',
  ...STORED_DATE_KEYS,
  'createdBy',
  'updatedAt',
  'updatedBy',
] as const satisfies readonly (keyof NewPledgeRow)[];
export type InsertKey = (typeof INSERT_KEYS)[number];
export const INSERT_COLUMNS: readonly string[] = INSERT_KEYS.map((key) => pledges[key].name);
/** Where each key's value sits in a prepared row's values. */
export const SLOT = Object.fromEntries(INSERT_KEYS.map((key, i) => [key, i])) as Readonly<
  Record<InsertKey, number>
>;
/** Any positive id validates the same: the schema only asks whether there is a parent. */
const SOME_PARENT = 1;

const named = new Map<string, { key: string; slug: string }>();
function partyRef(name: string, kind: PledgeData['donorKind']): PartyRef {
  let found = named.get(name);
  if (found === undefined) named.set(name, (found = { key: partyNameKey(name), slug: slugify(name) }));
  return { name, kind, ...found };
}

/** A source's document details as one string (what upsertSource is given, the quote aside). */
export const documentKey = (s: SourceRef) =>
  [s.url, s.publisher, s.title, s.publishedOn, s.accessedOn]
    .map((v) => (v == null ? '-' : `${v.length}:${v}`))
    .join('');

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

/**
 * Validates one create and works out everything it writes that does not depend on stored rows;
 * the revision's JSON too unless `revisionJson` is false (the writer then builds it).
 */
export function prepareCreate(
  input: Omit<PledgeInput, 'parentId'>,
  hasParent: boolean,
  fx: FxTable,
  actor: Actor,
  revisionJson = true,
): PreparedCreate {
  const withParent = { ...input, parentId: hasParent ? SOME_PARENT : null };
  let data: PledgeData;
  try {
    data = fastPledgeData(withParent) ?? parsePledge(withParent);
  } catch (error) {
    return {
      invalid: fieldsOf(error),
      fxInvalid: null,
      donor: partyRef('', null),
      recipient: partyRef('', null),
      values: [],
      sources: [],
      changes: null,
    };
  }
  const donor = partyRef(data.donor, data.donorKind);
  const recipient = partyRef(data.recipient, data.recipientKind);
  let conversion: ReturnType<typeof conversionFor>;
  try {
    conversion = conversionFor(data, fx);
  } catch (error) {
    return {
      invalid: null,
      fxInvalid: fieldsOf(error),
      donor,
      recipient,
      values: [],
      sources: [],
      changes: null,
    };
  }
  const c = pledgeColumns({ ...data, parentId: null }, 0, 0, conversion, actor);
  const row: Record<InsertKey, unknown> = {
    ...c,
    donorId: 0,
    recipientId: 0,
    isLowerBound: c.isLowerBound ? 1 : 0,
    parentId: null,
    createdBy: actor.id,
  };
  const values = INSERT_KEYS.map((key) => row[key]);
  let changes: string | null = null;
  if (!hasParent && revisionJson) {
    const linked: LinkedSource[] = data.sources.map((s) => ({
      url: s.url ?? null,
      title: s.title ?? '',
      publisher: s.publisher ?? null,
      quote: s.quote ?? '',
    }));
    changes = creationJson(snapshotView(0, values, donor, recipient, linked));
  }
  return { invalid: null, fxInvalid: null, donor, recipient, values, sources: data.sources, changes };
}

/** The JSON of a create revision: every field the new pledge has, against nothing. */
export const creationJson = (view: SnapshotFields) => JSON.stringify(creationChanges(snapshot(view)));

/** What snapshot() reads of a pledge written from `values` (spelled out: a spread makes a slow object). */
export function snapshotView(
  id: number,
  values: unknown[],
  donor: { slug: string },
  recipient: { slug: string },
  sources: LinkedSource[],
): SnapshotFields {
  const v = values as never[];
  const updatedAt = v[SLOT.updatedAt];
  return {
    id,
    externalId: v[SLOT.externalId],
    donorId: v[SLOT.donorId],
    recipientId: v[SLOT.recipientId],
    title: v[SLOT.title],
    description: v[SLOT.description],
    category: v[SLOT.category],
    instrument: v[SLOT.instrument],
    stage: v[SLOT.stage],
    kind: v[SLOT.kind],
    isLowerBound: v[SLOT.isLowerBound] === 1,
    parentId: v[SLOT.parentId],
    amount: v[SLOT.amount],
    currency: v[SLOT.currency],
    amountUsd: v[SLOT.amountUsd],
    fxRate: v[SLOT.fxRate],
    fxDate: v[SLOT.fxDate],
    fxSource: v[SLOT.fxSource],
    announcedOn: v[SLOT.announcedOn],
    datePrecision: v[SLOT.datePrecision],
    committedOn: v[SLOT.committedOn],
    committedPrecision: v[SLOT.committedPrecision],
    allocatedOn: v[SLOT.allocatedOn],
    allocatedPrecision: v[SLOT.allocatedPrecision],
    disbursedOn: v[SLOT.disbursedOn],
    disbursedPrecision: v[SLOT.disbursedPrecision],
    cancelledOn: v[SLOT.cancelledOn],
    cancelledPrecision: v[SLOT.cancelledPrecision],
    periodStart: v[SLOT.periodStart],
    periodEnd: v[SLOT.periodEnd],
    retractedAt: null,
    retractionReason: null,
    version: 1,
    createdAt: updatedAt,
    createdBy: v[SLOT.createdBy],
    updatedAt,
    updatedBy: v[SLOT.updatedBy],
    donor,
    recipient,
    sources,
  };
}
