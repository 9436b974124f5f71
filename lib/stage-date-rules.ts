// The stage date rules, read from a form, the API or a CSV row (stageDatesFrom): each date written
// YYYY-MM-DD, YYYY-MM or YYYY, only for a stage the pledge has reached, in order at the coarser
// precision, and a period that does not end before it starts; a refusal names the field.
import { REACHED_STAGES, type DatePrecision, type Stage } from './domain';
import { EARLIEST_DATE, isRealDate, normaliseDate, precisionOf, todayIso } from './dates';
import { PLEDGE_LABELS as L } from './pledge-labels';
import {
  STAGE_DATE_FIELDS,
  type DateField,
  type StageDates,
  precisionKey,
  reachedStages,
  WIDTH,
} from './stage-dates';

type Sink = { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void };
type Dated = { label: string; iso: string; precision: Exclude<DatePrecision, 'unknown'> };

const SHAPES = 'written YYYY-MM-DD, YYYY-MM or YYYY';
const coarser = (a: Dated, b: Dated) => Math.min(WIDTH[a.precision], WIDTH[b.precision]);

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
