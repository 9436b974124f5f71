// A create revision's JSON worked out from a prepared row's values, without reading the pledge back:
// what snapshot() reads of it (snapshotView) and its changes against nothing (creationJson).
import { snapshot, type SnapshotFields } from '../pledges/writes';
import { SLOT } from './insert-columns';

export type LinkedSource = SnapshotFields['sources'][number];

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
