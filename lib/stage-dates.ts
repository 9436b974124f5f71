// The date each later stage was reached (committed, allocated, disbursed, cancelled) and a pledge's
// period. A stage date is written as announced_on is — YYYY-MM-DD, YYYY-MM or YYYY, its precision
// read from how it is written — and stored normalised beside its precision (db/schema.ts). The
// rules: a date only for a stage the pledge has reached, in order (announced ≤ committed ≤
// allocated ≤ disbursed ≤ cancelled, compared at the coarser of the two precisions), and a period
// that does not end before it starts.
import { REACHED_STAGES, type DatePrecision, type ReachedStage, type Stage } from './domain';
import { EARLIEST_DATE, isRealDate, normaliseDate, precisionOf, todayIso } from './dates';
import { PLEDGE_LABELS as L } from './pledge-labels';

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
/** The stored keys of StageDates, in the table's column order (db/csv-import/prepare.ts writes by position). */
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
const precisionKey = (stage: ReachedStage) => `${stage}Precision` as const;

/** Which stage dates a pledge at `stage` may carry: the stages it has passed through. */
export function reachedStages(stage: Stage): readonly ReachedStage[] {
  if (stage === 'cancelled') return REACHED_STAGES;
  const passed = REACHED_STAGES.indexOf(stage as ReachedStage);
  return passed < 0 ? [] : REACHED_STAGES.slice(0, passed + 1);
}

type Sink = { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void };
type Dated = { label: string; iso: string; precision: Exclude<DatePrecision, 'unknown'> };

const SHAPES = 'written YYYY-MM-DD, YYYY-MM or YYYY';
const WIDTH = { day: 10, month: 7, year: 4 } as const;
const coarser = (a: Dated, b: Dated) => Math.min(WIDTH[a.precision], WIDTH[b.precision]);
/** A date at its precision, as the form, the CSV and the API write it: "2024-01", "2024", or null. */
export function writtenAt(iso: string | null, precision: DatePrecision): string | null {
  return iso == null || precision === 'unknown' ? null : iso.slice(0, WIDTH[precision]);
}

/** A date as written, checked: its normalised day and precision, or null after naming the problem. */
function readDate(text: string, label: string, path: string, ctx: Sink, latest: string | null): Dated | null {
  const precision = precisionOf(text);
  const iso = normaliseDate(text, precision);
  const refuse = (message: string) => {
    ctx.addIssue({ code: 'custom', path: [path], message });
    return null;
  };
  if (!iso || (precision === 'day' && !isRealDate(iso)))
    return refuse(`${label} must be a real date ${SHAPES}`);
  if (iso < EARLIEST_DATE) return refuse(`${label} is before ${EARLIEST_DATE}`);
  if (latest && iso > latest)
    return refuse(`${label} is after today (${latest}): a stage is recorded once it is reached`);
  return { label, iso, precision };
}

/** Whether `later` comes before `earlier` at the coarser of their precisions. */
const before = (later: Dated, earlier: Dated) =>
  later.iso.slice(0, coarser(later, earlier)) < earlier.iso.slice(0, coarser(later, earlier));

type Input = Partial<Record<DateField, string | null>>;

/** Checks and normalises the stage dates and period of a pledge at `stage` announced on `announced`. */
export function stageDatesFrom(
  raw: Input,
  stage: Stage,
  announced: { iso: string | null; precision: DatePrecision },
  ctx: Sink,
): StageDates {
  const out = {} as StageDates;
  const reached = reachedStages(stage);
  const known: Dated[] = [];
  if (announced.iso && announced.precision !== 'unknown')
    known.push({ label: L.announcedOn, iso: announced.iso, precision: announced.precision });
  const today = todayIso();
  for (const s of REACHED_STAGES) {
    const field = STAGE_DATE_FIELDS[s];
    out[field] = null;
    out[precisionKey(s)] = 'unknown';
    const text = raw[field]?.trim();
    if (!text) continue;
    if (!reached.includes(s)) {
      const message =
        s === 'cancelled'
          ? `${L.cancelledOn} is only for a cancelled pledge: set ${L.stage} to cancelled, or leave ${L.cancelledOn} empty`
          : `${L[field]} is given but the pledge is ${stage}, not yet ${s}: set ${L.stage} to ${s} or later, or leave ${L[field]} empty`;
      ctx.addIssue({ code: 'custom', path: [field], message });
      continue;
    }
    const date = readDate(text, L[field], field, ctx, today);
    if (!date) continue;
    const earlier = known.find((k) => before(date, k));
    if (earlier)
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `${L[field]} (${text}) is before ${earlier.label} (${earlier.iso.slice(0, WIDTH[earlier.precision])})`,
      });
    known.push(date);
    out[field] = date.iso;
    out[precisionKey(s)] = date.precision;
  }
  const start = raw.periodStart?.trim() || null;
  const end = raw.periodEnd?.trim() || null;
  const from = start ? readDate(start, L.periodStart, 'periodStart', ctx, null) : null;
  const to = end ? readDate(end, L.periodEnd, 'periodEnd', ctx, null) : null;
  if (from && to && before(to, from))
    ctx.addIssue({
      code: 'custom',
      path: ['periodEnd'],
      message: `${L.periodEnd} (${end}) is before ${L.periodStart} (${start})`,
    });
  out.periodStart = start;
  out.periodEnd = end;
  return out;
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
