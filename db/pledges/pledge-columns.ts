// The pure half of writing a pledge, shared by the per-row verbs (db/pledges/writes.ts) and the bulk
// import (db/csv-import/): parsing, the parent rules on an already-read parent, the USD conversion
// and the columns a pledge row gets. A stored pledge as input and as a revision snapshot is in
// db/pledges/pledge-snapshot.ts.
import type { PledgeRow } from '../tables';
import type { Actor } from './revisions';
import { pledgeSchema, type PledgeData } from '../../lib/pledge-schema';
import { convertToUsd, type Conversion, type FxTable } from '../../lib/fx';
import { todayIso } from '../../lib/dates';
import { parseOrThrow, ValidationError, type FieldErrors } from '../../lib/validation';
import { PLEDGE_LABELS as L } from '../../lib/pledge-labels';
import { storedStageDates } from '../../lib/stage-dates';

/** Parses with the one pledge schema; throws ValidationError naming every bad field. */
export function parsePledge(input: unknown): PledgeData {
  return parseOrThrow(pledgeSchema, input);
}

/** The parent rules on an already-read parent row (shared by the per-row verbs and the bulk import). */
export function parentProblem(
  parent: Pick<PledgeRow, 'retractedAt' | 'parentId' | 'kind' | 'donorId' | 'stage'> | null | undefined,
  data: Pick<PledgeData, 'parentId'>,
  donorId: number,
  selfId: number | null,
  childCount: number,
): FieldErrors | null {
  if (data.parentId == null) return null;
  const bad = (message: string): FieldErrors => ({ parentId: [message] });
  if (data.parentId === selfId) return bad(`${L.parentId} cannot be the pledge itself`);
  if (!parent) return bad(`${L.parentId}: #${data.parentId} is not a pledge`);
  if (parent.retractedAt) return bad(`${L.parentId}: #${data.parentId} is retracted`);
  if (parent.parentId != null)
    return bad(`${L.parentId}: #${data.parentId} is itself a draw-down; pick the top-level commitment`);
  if (parent.kind !== 'item')
    return bad(`${L.parentId}: #${data.parentId} is a reported total, not a commitment`);
  if (parent.donorId !== donorId) return bad(`${L.parentId}: #${data.parentId} is another donor's pledge`);
  if (parent.stage === 'announced')
    return bad(`${L.parentId}: #${data.parentId} is only announced, not a commitment`);
  if (childCount > 0) return bad('this pledge has draw-downs of its own, so it cannot be a draw-down');
  return null;
}

/** The stored USD conversion of a validated pledge, at the rates of `table` (`await loadFxTable()`). */
export function conversionFor(data: PledgeData, table: FxTable): Conversion | null {
  if (data.amount == null || !data.currency) return null;
  const onDate =
    data.announcedOn ??
    data.sources
      .map((s) => s.publishedOn)
      .filter(Boolean)
      .sort()[0] ??
    todayIso();
  const conversion = convertToUsd(table, data.amount, data.currency, onDate, data.fxRate);
  if (!conversion) {
    throw new ValidationError({
      fxRate: [
        `${L.fxRate} is needed: there is no exchange rate for ${data.currency} in ${onDate.slice(0, 7)}; enter the units of ${data.currency} per US dollar the source implies`,
      ],
    });
  }
  return conversion;
}

/** The columns a validated pledge writes once its parties and conversion are known. */
export function pledgeColumns(
  data: PledgeData,
  donorId: number,
  recipientId: number,
  fx: Conversion | null,
  actor: Actor,
) {
  return {
    externalId: data.externalId ?? null,
    donorId,
    recipientId,
    title: data.title,
    description: data.description ?? null,
    category: data.category,
    instrument: data.instrument,
    stage: data.stage,
    kind: data.kind,
    isLowerBound: data.isLowerBound,
    parentId: data.parentId ?? null,
    amount: data.amount,
    currency: data.currency,
    amountUsd: fx?.amountUsd ?? null,
    fxRate: fx?.fxRate ?? null,
    fxDate: fx?.fxDate ?? null,
    fxSource: fx?.fxSource ?? null,
    announcedOn: data.announcedOn,
    datePrecision: data.datePrecision,
    ...storedStageDates(data),
    updatedAt: new Date().toISOString(),
    updatedBy: actor.id,
  };
}
