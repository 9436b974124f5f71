// The pure half of writing a pledge, shared by the per-row verbs (db/pledges/writes.ts) and the bulk
// import (db/csv-import/): parsing, the input a stored pledge comes from, the revision snapshot, the
// parent rules on an already-read parent, the USD conversion and the columns a pledge row gets.
import type { PledgeRow } from '../tables';
import type { PledgeView } from './read';
import type { Actor } from './revisions';
import { pledgeSchema, type PledgeData, type PledgeInput } from '../../lib/pledge-schema';
import { convertToUsd, type Conversion, type FxTable } from '../../lib/fx';
import { minorToDecimal } from '../../lib/money';
import { todayIso } from '../../lib/dates';
import { parseOrThrow, ValidationError, type FieldErrors } from '../../lib/validation';
import { PLEDGE_LABELS as L } from '../../lib/pledge-labels';
import { stageDatesToInput, storedStageDates } from '../../lib/stage-dates';

/** Parses with the one pledge schema; throws ValidationError naming every bad field. */
export function parsePledge(input: unknown): PledgeData {
  return parseOrThrow(pledgeSchema, input);
}

/** A stored pledge as the input that would recreate it (edit forms, PATCH merging, CSV). */
export function pledgeToInput(p: PledgeView): PledgeInput {
  return {
    externalId: p.externalId,
    donor: p.donor.name,
    donorKind: p.donor.kind,
    recipient: p.recipient.name,
    recipientKind: p.recipient.kind,
    title: p.title,
    description: p.description,
    category: p.category,
    instrument: p.instrument,
    stage: p.stage,
    kind: p.kind,
    isLowerBound: p.isLowerBound,
    parentId: p.parentId,
    amount: p.amount == null || !p.currency ? null : minorToDecimal(p.amount, p.currency),
    currency: p.currency,
    fxRate: p.fxSource === 'editor' ? p.fxRate : null,
    announcedOn: p.announcedOn,
    datePrecision: p.datePrecision,
    ...stageDatesToInput(p),
    sources: p.sources.map((s) => ({
      url: s.url,
      publisher: s.publisher,
      title: s.title,
      publishedOn: s.publishedOn,
      accessedOn: s.accessedOn,
      quote: s.quote || null,
    })),
  };
}

/** The parts of a pledge a revision snapshot reads (a bulk import builds it without re-reading). */
export type SnapshotFields = Omit<
  PledgeView,
  'sources' | 'parent' | 'drawdowns' | 'revisions' | 'donor' | 'recipient'
> & {
  donor: Pick<PledgeView['donor'], 'slug'>;
  recipient: Pick<PledgeView['recipient'], 'slug'>;
  sources: Pick<PledgeView['sources'][number], 'url' | 'title' | 'publisher' | 'quote'>[];
};

/** What a revision records: every user-visible field, sources included. */
export function snapshot(p: SnapshotFields): Record<string, unknown> {
  return {
    externalId: p.externalId,
    donor: p.donor.slug,
    recipient: p.recipient.slug,
    title: p.title,
    description: p.description,
    category: p.category,
    instrument: p.instrument,
    stage: p.stage,
    kind: p.kind,
    isLowerBound: p.isLowerBound,
    parentId: p.parentId,
    amount: p.amount == null || !p.currency ? null : minorToDecimal(p.amount, p.currency),
    currency: p.currency,
    amountUsd: p.amountUsd == null ? null : minorToDecimal(p.amountUsd, 'USD'),
    fxRate: p.fxRate,
    fxDate: p.fxDate,
    announcedOn: p.announcedOn,
    datePrecision: p.datePrecision,
    ...stageDatesToInput(p),
    retractedAt: p.retractedAt,
    sources: p.sources.map((s) => [s.url ?? s.title, s.publisher, s.quote].filter(Boolean).join(' — ')),
  };
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
