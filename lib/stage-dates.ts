// The date each later stage was reached (committed, allocated, disbursed, cancelled) and a pledge's
// period. A stage date is written as announced_on is — YYYY-MM-DD, YYYY-MM or YYYY, its precision
// read from how it is written — and stored normalised beside its precision (db/schema.ts). The
// rules: a date only for a stage the pledge has reached, in order (announced ≤ committed ≤
// allocated ≤ disbursed ≤ cancelled, compared at the coarser of the two precisions), and a period
// that does not end before it starts.
import { REACHED_STAGES, type DatePrecision, type ReachedStage, type Stage } from './domain';

/** The input field of each stage's date, as the form, the API and the import's input name it. */
export const STAGE_DATE_FIELDS = {
  committed: 'committedOn',
  allocated: 'allocatedOn',
  disbursed: 'disbursedOn',
  cancelled: 'cancelledOn',
} as const satisfies Record<ReachedStage, string>;
export type StageDateField = (typeof STAGE_DATE_FIELDS)[ReachedStage];
/** Every input field this file checks, stage dates then the period. */
export const DATE_FIELDS = [...Object.values(STAGE_DATE_FIELDS), 'periodStart', 'periodEnd'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** The stored columns: each stage's date and its precision, and the period as written. */
export type StageDates = {
  committedOn: string | null;
  committedPrecision: DatePrecision;
  allocatedOn: string | null;
  allocatedPrecision: DatePrecision;
  disbursedOn: string | null;
  disbursedPrecision: DatePrecision;
  cancelledOn: string | null;
  cancelledPrecision: DatePrecision;
  periodStart: string | null;
  periodEnd: string | null;
};
/** The stored keys of StageDates, in the table's column order (db/csv-import/insert-columns.ts writes by position). */
export const STORED_DATE_KEYS = [
  'committedOn',
  'committedPrecision',
  'allocatedOn',
  'allocatedPrecision',
  'disbursedOn',
  'disbursedPrecision',
  'cancelledOn',
  'cancelledPrecision',
  'periodStart',
  'periodEnd',
] as const satisfies readonly (keyof StageDates)[];
export const precisionKey = (stage: ReachedStage) => `${stage}Precision` as const;

/** Which stage dates a pledge at `stage` may carry: the stages it has passed through. */
export function reachedStages(stage: Stage): readonly ReachedStage[] {
  if (stage === 'cancelled') return REACHED_STAGES;
  const passed = REACHED_STAGES.indexOf(stage as ReachedStage);
  return passed < 0 ? [] : REACHED_STAGES.slice(0, passed + 1);
}
/** A date at its precision, as the form, the CSV and the API write it: "2024-01", "2024", or null. */
export const WIDTH = { day: 10, month: 7, year: 4 } as const;

export function writtenAt(iso: string | null, precision: DatePrecision): string | null {
  return iso == null || precision === 'unknown' ? null : iso.slice(0, WIDTH[precision]);
}

/** Just the stored columns of a pledge's stage dates and period (a write spreads them into its row). */
export function storedStageDates(p: StageDates): StageDates {
  return {
    committedOn: p.committedOn,
    committedPrecision: p.committedPrecision,
    allocatedOn: p.allocatedOn,
    allocatedPrecision: p.allocatedPrecision,
    disbursedOn: p.disbursedOn,
    disbursedPrecision: p.disbursedPrecision,
    cancelledOn: p.cancelledOn,
    cancelledPrecision: p.cancelledPrecision,
    periodStart: p.periodStart,
    periodEnd: p.periodEnd,
  };
}

/** A stored pledge's stage dates and period as the input that would recreate them. */
export function stageDatesToInput(p: StageDates): Record<DateField, string | null> {
  const out = { periodStart: p.periodStart, periodEnd: p.periodEnd } as Record<DateField, string | null>;
  for (const s of REACHED_STAGES)
    out[STAGE_DATE_FIELDS[s]] = writtenAt(p[STAGE_DATE_FIELDS[s]], p[precisionKey(s)]);
  return out;
}

/** The dated steps a pledge's page lists: each stage it reached ("Disbursed": "2024-05" or "date unknown"), then its period. */
export function reachedLines(p: StageDates & { stage: Stage }): [string, string][] {
  const lines: [string, string][] = reachedStages(p.stage)
    .filter((s) => p.stage !== 'cancelled' || s === 'cancelled' || p[STAGE_DATE_FIELDS[s]] != null)
    .map((s) => [
      STAGE_LABEL_OF[s],
      writtenAt(p[STAGE_DATE_FIELDS[s]], p[precisionKey(s)]) ?? 'date unknown',
    ]);
  if (p.periodStart || p.periodEnd) lines.push(['Period', `${p.periodStart ?? '…'} – ${p.periodEnd ?? '…'}`]);
  return lines;
}
const STAGE_LABEL_OF: Record<ReachedStage, string> = {
  committed: 'Committed',
  allocated: 'Allocated',
  disbursed: 'Disbursed',
  cancelled: 'Cancelled',
};
