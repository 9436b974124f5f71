// How a revision's changes read to a person: each field by the label the pledge page uses and
// each value as the page shows it (money with its currency, stages and categories in words,
// parties by name, sources by title and publisher). The public history, /editor/activity and
// anything else that lists changes use this one place; the stored JSON stays as recorded.
import { CATEGORY_LABELS, INSTRUMENT_LABELS, STAGE_LABELS } from './domain';
import { PLEDGE_LABELS } from './pledge-labels';
import { formatMoney, isKnownCurrency, parseAmount } from './money';
import { formatTimestamp } from './format';

export type ChangeLine = { field: string; label: string; before: string; after: string };
export type ChangeContext = {
  /** A party's name from the slug a revision records (unknown slugs are shown as recorded). */
  partyName?: (slug: string) => string | undefined;
  /** The pledge's currency now, for an amount change that did not change the currency. */
  currency?: string | null;
};

/** The form's labels (lib/pledge-labels.ts), plus the fields only a revision records. */
const FIELD_LABELS: Record<string, string> = {
  ...PLEDGE_LABELS,
  amountUsd: 'In US dollars',
  fxDate: 'Rate date',
  retractedAt: 'Retracted',
};
const KIND_LABELS: Record<string, string> = {
  item: 'Itemised pledge',
  reported_total: 'Reported total (headline claim)',
};
const PRECISION_LABELS: Record<string, string> = {
  day: 'Day',
  month: 'Month',
  year: 'Year',
  unknown: 'Unknown',
};
const DOCUMENT_FIELDS: Record<string, string> = {
  url: 'URL',
  title: 'Title',
  publisher: 'Publisher',
  publishedOn: 'Published',
  accessedOn: 'Accessed',
};
/** The key a corrected source document is recorded under (db/pledges/sources.ts writes it). */
export const SOURCE_CHANGE_PREFIX = 'source:';

const EMPTY = '—';
const text = (value: unknown) => (value == null || value === '' ? EMPTY : String(value));

function money(value: unknown, currency: unknown): string {
  if (value == null || value === '') return EMPTY;
  const code = typeof currency === 'string' ? currency : '';
  const parsed = isKnownCurrency(code) ? parseAmount(String(value), code) : null;
  return parsed?.ok ? formatMoney(parsed.minor, code) : `${text(value)}${code ? ` ${code}` : ''}`;
}

function labelled(labels: Record<string, string>) {
  return (value: unknown) => (typeof value === 'string' && labels[value]) || text(value);
}

type Side = 0 | 1;
type Formatter = (
  value: unknown,
  side: Side,
  changes: Record<string, [unknown, unknown]>,
  ctx: ChangeContext,
) => string;

const currencyOf = (side: Side, changes: Record<string, [unknown, unknown]>, ctx: ChangeContext) =>
  changes.currency ? changes.currency[side] : ctx.currency;

const FORMATTERS: Record<string, Formatter> = {
  amount: (v, side, changes, ctx) => money(v, currencyOf(side, changes, ctx)),
  amountUsd: (v) => money(v, 'USD'),
  category: labelled(CATEGORY_LABELS),
  instrument: labelled(INSTRUMENT_LABELS),
  stage: labelled(STAGE_LABELS),
  kind: labelled(KIND_LABELS),
  datePrecision: labelled(PRECISION_LABELS),
  isLowerBound: (v) => (v == null ? EMPTY : v ? 'Yes' : 'No'),
  parentId: (v) => (v == null ? EMPTY : `Pledge #${v}`),
  retractedAt: (v) => (v == null ? EMPTY : formatTimestamp(String(v))),
  donor: (v, _s, _c, ctx) => (typeof v === 'string' && ctx.partyName?.(v)) || text(v),
  recipient: (v, _s, _c, ctx) => (typeof v === 'string' && ctx.partyName?.(v)) || text(v),
  sources: (v) => (Array.isArray(v) ? (v.length ? v.map(text).join('; ') : EMPTY) : text(v)),
};

type Document = Record<string, unknown>;

/** A corrected document: named by its title, with only the details that changed on each side. */
function documentLine(field: string, before: Document | null, after: Document | null): ChangeLine {
  const doc = after ?? before ?? {};
  const changed = Object.keys(DOCUMENT_FIELDS).filter((k) => (before?.[k] ?? null) !== (after?.[k] ?? null));
  const side = (d: Document | null) =>
    changed.map((k) => `${DOCUMENT_FIELDS[k]}: ${text(d?.[k])}`).join('; ') || EMPTY;
  return { field, label: `Source “${text(doc.title ?? doc.url)}”`, before: side(before), after: side(after) };
}

const isDocument = (v: unknown): v is Document | null =>
  v === null || (typeof v === 'object' && !Array.isArray(v));

/** Every change of one revision as label, before and after, in the order recorded. */
export function describeChanges(
  changes: Record<string, [unknown, unknown]>,
  ctx: ChangeContext = {},
): ChangeLine[] {
  return Object.entries(changes).map(([field, [before, after]]) => {
    if (field.startsWith(SOURCE_CHANGE_PREFIX) && isDocument(before) && isDocument(after))
      return documentLine(field, before, after);
    const format =
      FORMATTERS[field] ??
      ((v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : text(v)));
    return {
      field,
      label: FIELD_LABELS[field] ?? field,
      before: format(before, 0, changes, ctx),
      after: format(after, 1, changes, ctx),
    };
  });
}

/** One change as a sentence: "Amount: ¥15,000,000,000 → ¥15,500,000,000". */
export const changeSentence = (line: ChangeLine) => `${line.label}: ${line.before} → ${line.after}`;

/** The party slugs a list of revisions names, so a page can look their names up at once. */
export function partySlugsOf(list: { changes: Record<string, [unknown, unknown]> }[]): string[] {
  const slugs = new Set<string>();
  for (const { changes } of list) {
    for (const key of ['donor', 'recipient'])
      for (const v of changes[key] ?? []) if (typeof v === 'string') slugs.add(v);
  }
  return [...slugs];
}

/** A revision's changes on one line, for lists ("Stage: Announced → Committed; Title: … → …"). */
export const changeSummary = (changes: Record<string, [unknown, unknown]>, ctx: ChangeContext = {}) =>
  describeChanges(changes, ctx).map(changeSentence).join('; ');

/** The currency each revision's amounts are in, read from the history itself (oldest first). */
export function currenciesInForce(
  list: { id: number; changes: Record<string, [unknown, unknown]> }[],
): Map<number, string | null> {
  const out = new Map<number, string | null>();
  let current: string | null = null;
  for (const r of list) {
    const change = r.changes.currency;
    out.set(r.id, change ? null : current); // a change of currency names each side's own
    if (change) current = typeof change[1] === 'string' ? change[1] : null;
  }
  return out;
}
