// The half of creating an imported pledge that needs no database: the schema (fast path first),
// the USD conversion and the pledges row. It is pure, so a worker thread can run it while the main
// thread writes (db/csv-import/reader-worker.ts); db/csv-import/writes.sqlite.ts does the rest, the revision included
// (its sources are the stored documents, known only there).
import { conversionFor, pledgeColumns, parsePledge } from '../pledges/writes';
import type { Actor } from '../pledges/revisions';
import { fastPledgeData } from '../../lib/csv/fast-pledge';
import { partyNameKey, slugify } from '../../lib/party-names';
import type { FxTable } from '../../lib/fx';
import type { PledgeData, PledgeInput } from '../../lib/pledge-schema';
import { ValidationError, type FieldErrors } from '../../lib/validation';
import { INSERT_KEYS, type InsertKey } from './insert-columns';
import { creationJson, snapshotView, type LinkedSource } from './snapshot-view';

// The insert's column list is read from here by tests/unit/import-columns.test.ts.
export { INSERT_COLUMNS } from './insert-columns';

/**
 * A party as a row names it: `key` is its identity (the writer finds or creates the party by it),
 * `slug` the one it gets unless another name holds it already (then the writer's stored slug wins).
 */
export type PartyRef = { name: string; kind: PledgeData['donorKind']; key: string; slug: string };
export type SourceRef = PledgeData['sources'][number];

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
