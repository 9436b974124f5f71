// A cheaper route through the pledge schema for the rows a bulk import mostly holds: clean text,
// known enum values, plain numbers. It accepts only what it is sure the schema accepts and
// returns exactly the schema's output (the cross-field rules are the schema's own pledgeDataFrom);
// anything unusual — and every row with a problem — returns null and goes through the full zod
// schema, so refusals and their messages are always the schema's. tests/unit/fast-pledge.test.ts
// compares the two on generated rows.
import { CATEGORIES, DATE_PRECISIONS, INSTRUMENTS, PARTY_KINDS, PLEDGE_KINDS, STAGES } from '../domain';
import { isRealDate } from '../dates';
import { DATE_FIELDS } from '../stage-dates';
import {
  LIMITS,
  isHttpUrl,
  pledgeDataFrom,
  type IssueSink,
  type PledgeData,
  type Raw,
} from '../pledge-schema';

/** The keys the CSV import's create input carries; any other shape takes the full schema. */
const KEYS = new Set([
  'externalId',
  'donor',
  'donorKind',
  'recipient',
  'title',
  'description',
  'category',
  'instrument',
  'stage',
  'kind',
  'isLowerBound',
  'amount',
  'currency',
  'fxRate',
  'announcedOn',
  'datePrecision',
  'sources',
  'parentId',
]);
/** Keys a file may leave out (its columns are newer than many files): present or not, the row stays fast. */
const OPTIONAL_KEYS = new Set<string>(DATE_FIELDS);
const SOURCE_KEYS = new Set(['url', 'publisher', 'title', 'publishedOn', 'quote']);
const sets = {
  party: new Set<unknown>(PARTY_KINDS),
  category: new Set<unknown>(CATEGORIES),
  instrument: new Set<unknown>(INSTRUMENTS),
  stage: new Set<unknown>(STAGES),
  kind: new Set<unknown>(PLEDGE_KINDS),
  precision: new Set<unknown>(DATE_PRECISIONS),
};
const PLAIN_RATE = /^\d{1,10}(\.\d{1,12})?$/;

/** Thrown inside the fast path: "not sure, ask the schema". */
const UNSURE = Symbol('unsure');

/** Text already trimmed and non-empty within `max`, or null; anything else is unsure. */
function clean(v: unknown, max: number, required = false): string | null {
  if (v === null && !required) return null;
  if (typeof v !== 'string' || v === '' || v.length > max || v.trim() !== v) throw UNSURE;
  return v;
}

function oneOf<T>(v: unknown, set: Set<unknown>, fallback?: T): T {
  if (v === null && fallback !== undefined) return fallback;
  if (!set.has(v)) throw UNSURE;
  return v as T;
}

function hasOnly(input: object, keys: Set<string>, exact: boolean, optional?: Set<string>): boolean {
  let n = 0;
  for (const key in input) {
    if (optional?.has(key)) continue;
    if (!keys.has(key)) return false;
    n++;
  }
  return !exact || n === keys.size;
}

function source(v: unknown): Raw['sources'][number] {
  if (typeof v !== 'object' || v === null || !hasOnly(v, SOURCE_KEYS, true)) throw UNSURE;
  const s = v as Record<string, unknown>;
  const url = clean(s.url, LIMITS.url);
  if (url !== null && !isHttpUrl(url)) throw UNSURE;
  const publisher = clean(s.publisher, LIMITS.publisher);
  const title = clean(s.title, LIMITS.sourceTitle);
  const publishedOn = clean(s.publishedOn, 10);
  if (publishedOn !== null && !isRealDate(publishedOn)) throw UNSURE;
  if (!url && !publisher && !title) throw UNSURE;
  return { url, publisher, title, publishedOn, quote: clean(s.quote, LIMITS.quote) };
}

function raw(input: Record<string, unknown>): Raw {
  const { amount, currency, fxRate, isLowerBound, parentId, sources } = input;
  if (
    clean(currency, 10) !== currency ||
    (currency !== null && currency !== (currency as string).toUpperCase())
  )
    throw UNSURE;
  if (
    fxRate !== null &&
    (typeof fxRate !== 'string' || !PLAIN_RATE.test(fxRate) || !(Number(fxRate) > 0) || Number(fxRate) > 1e9)
  )
    throw UNSURE;
  if (isLowerBound !== null && isLowerBound !== 'true' && isLowerBound !== 'false') throw UNSURE;
  if (parentId !== null && !(Number.isSafeInteger(parentId) && (parentId as number) > 0)) throw UNSURE;
  if (!Array.isArray(sources) || sources.length > LIMITS.sources) throw UNSURE;
  return {
    externalId: clean(input.externalId, LIMITS.externalId),
    donor: clean(input.donor, LIMITS.partyName, true)!,
    donorKind: oneOf(input.donorKind, sets.party, null),
    recipient: clean(input.recipient, LIMITS.partyName, true)!,
    title: clean(input.title, LIMITS.title, true)!,
    description: clean(input.description, LIMITS.description),
    category: oneOf(input.category, sets.category),
    instrument: oneOf(input.instrument, sets.instrument, 'unspecified'),
    stage: oneOf(input.stage, sets.stage),
    kind: oneOf(input.kind, sets.kind, 'item'),
    isLowerBound: isLowerBound === 'true',
    parentId: parentId as number | null,
    amount: clean(amount, Infinity),
    currency: currency as string | null,
    fxRate: fxRate === null ? null : Number(fxRate),
    announcedOn: clean(input.announcedOn, Infinity),
    datePrecision: input.datePrecision === null ? undefined : oneOf(input.datePrecision, sets.precision),
    sources: sources.map(source),
    ...Object.fromEntries(DATE_FIELDS.map((key) => [key, clean(input[key] ?? null, 10)])),
  } as Raw;
}

/** The schema's output for a canonical row, or null: then parse it with pledgeSchema. */
export function fastPledgeData(input: unknown): PledgeData | null {
  if (typeof input !== 'object' || input === null || !hasOnly(input, KEYS, true, OPTIONAL_KEYS)) return null;
  let problems = 0;
  const sink: IssueSink = {
    addIssue: () => {
      problems++;
    },
  };
  try {
    const data = pledgeDataFrom(raw(input as Record<string, unknown>), sink);
    return problems === 0 ? data : null;
  } catch (error) {
    if (error === UNSURE) return null;
    throw error;
  }
}
