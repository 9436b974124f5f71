// The one schema for a pledge: the editor form, the JSON API and the CSV import
// all parse through it, so a value refused in one place is refused everywhere with the same words.
import { z } from 'zod';
import { CATEGORIES, INSTRUMENTS, STAGES, PLEDGE_KINDS, DATE_PRECISIONS, PARTY_KINDS } from './domain';
import { isKnownCurrency, parseAmount } from './money';
import { EARLIEST_DATE, latestAllowedDate, normaliseDate, isRealDate, precisionOf, todayIso } from './dates';
import { PLEDGE_LABELS as L, SOURCE_LABELS as S } from './pledge-labels';
import { DATE_FIELDS, type DateField, type StageDates } from './stage-dates';
import { stageDatesFrom } from './stage-date-rules';

export const LIMITS = {
  title: 300,
  description: 5000,
  partyName: 200,
  externalId: 200,
  url: 2000,
  publisher: 200,
  sourceTitle: 300,
  quote: 2000,
  reason: 1000,
  sources: 20,
} as const;

const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** What was sent, for an error message; never String() on an object (`{"toString": "x"}` would throw). */
function shown(input: unknown): string {
  if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean')
    return `"${String(input).slice(0, 40)}"`;
  return input === null ? 'null' : Array.isArray(input) ? 'a list' : `a value of type ${typeof input}`;
}

function enumOf<T extends readonly [string, ...string[]]>(values: T, field: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined || issue.input === ''
        ? `${field} is required`
        : `${field} must be one of ${values.join(', ')} (got ${shown(issue.input)})`,
  });
}

function text(field: string, max: number) {
  return z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, `${field} is required`)
    .max(max, `${field} is longer than ${max} characters`);
}

function optionalText(field: string, max: number) {
  return z.preprocess(
    blankToNull,
    z
      .string({ error: `${field} must be text` })
      .trim()
      .max(max, `${field} is longer than ${max} characters`)
      .nullish(),
  );
}

/** An absolute http(s) address with a host (shared with the import's fast path). */
export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const isoDate = (field: string) =>
  z.preprocess(
    blankToNull,
    z
      .string({ error: `${field} must be a date` })
      .trim()
      .refine(isRealDate, `${field} must be a real date written YYYY-MM-DD`)
      .nullish(),
  );

const httpUrl = z.preprocess(
  blankToNull,
  z
    .string({ error: `${S.url} must be text` })
    .trim()
    .max(LIMITS.url, `${S.url} is longer than ${LIMITS.url} characters`)
    .refine(isHttpUrl, `${S.url} must be an http(s) address such as https://example.org/article`)
    .nullish(),
);

/** A source cannot have been published, or read, on a day that has not come yet. */
const notAfterToday =
  (field: 'publishedOn' | 'accessedOn') =>
  (s: { [k in typeof field]?: string | null }, ctx: z.RefinementCtx) => {
    const today = todayIso();
    const date = s[field];
    if (date && date > today)
      ctx.addIssue({ code: 'custom', path: [field], message: `${S[field]} is after today (${today})` });
  };

// Messages about a source's fields read on from "Source N " (validation.ts adds it).
export const sourceInputSchema = z
  .strictObject({
    url: httpUrl,
    publisher: optionalText(S.publisher, LIMITS.publisher),
    title: optionalText(S.title, LIMITS.sourceTitle),
    publishedOn: isoDate(S.publishedOn),
    accessedOn: isoDate(S.accessedOn),
    quote: optionalText(S.quote, LIMITS.quote),
  })
  .refine((s) => s.url || s.publisher || s.title, {
    message: `needs at least a ${S.url}, a ${S.publisher} or a ${S.title}`,
  })
  .superRefine(notAfterToday('publishedOn'))
  .superRefine(notAfterToday('accessedOn'));

const booleanish = z.preprocess(
  (v) => {
    if (v === 'true' || v === 'on' || v === '1' || v === 1) return true;
    if (v === 'false' || v === 'off' || v === '0' || v === 0 || v === '' || v == null) return false;
    return v;
  },
  z.boolean({ error: `${L.isLowerBound} must be true or false` }),
);

const positiveInt = (field: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : blankToNull(v)),
    z
      .number({ error: `${field} must be a whole number` })
      .int(`${field} must be a whole number`)
      .positive(`${field} must be positive`)
      .max(Number.MAX_SAFE_INTEGER, `${field} is too large`)
      .nullish(),
  );

/** The fields as a person or a client sends them (amount as typed, in major units). */
export const pledgeInputSchema = z.strictObject({
  externalId: optionalText(L.externalId, LIMITS.externalId),
  donor: text(L.donor, LIMITS.partyName),
  donorKind: z.preprocess(blankToNull, enumOf(PARTY_KINDS, L.donorKind).nullish()),
  recipient: text(L.recipient, LIMITS.partyName),
  recipientKind: z.preprocess(blankToNull, enumOf(PARTY_KINDS, L.recipientKind).nullish()),
  title: text(L.title, LIMITS.title),
  description: optionalText(L.description, LIMITS.description),
  category: enumOf(CATEGORIES, L.category),
  instrument: z.preprocess((v) => blankToNull(v) ?? 'unspecified', enumOf(INSTRUMENTS, L.instrument)),
  stage: enumOf(STAGES, L.stage),
  kind: z.preprocess((v) => blankToNull(v) ?? 'item', enumOf(PLEDGE_KINDS, L.kind)),
  isLowerBound: booleanish.default(false),
  parentId: positiveInt(L.parentId),
  amount: z.preprocess(
    (v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : blankToNull(v)),
    z.string({ error: `${L.amount} must be a number such as 37000000` }).nullish(),
  ),
  currency: z.preprocess(
    (v) => (typeof v === 'string' ? blankToNull(v.trim().toUpperCase()) : v),
    z.string({ error: `${L.currency} must be an ISO 4217 code such as USD` }).nullish(),
  ),
  fxRate: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.replace(/,/g, '')) : blankToNull(v)),
    z
      .number({ error: `${L.fxRate} must be a number of units per US dollar` })
      .positive(`${L.fxRate} must be positive`)
      .max(1e9, `${L.fxRate} is implausibly large`)
      .finite()
      .nullish(),
  ),
  announcedOn: z.preprocess(
    blankToNull,
    z
      .string({ error: `${L.announcedOn} must be a date` })
      .trim()
      .nullish(),
  ),
  datePrecision: z.preprocess(
    (v) => blankToNull(v) ?? undefined,
    enumOf(DATE_PRECISIONS, L.datePrecision).optional(),
  ),
  ...dateFields(),
  sources: z
    .array(sourceInputSchema, { error: `${L.sources} must be a list` })
    .max(LIMITS.sources, `${L.sources}: at most ${LIMITS.sources}`)
    .default([]),
});

/** The stage dates and the period: text as written, checked by lib/stage-dates.ts. */
function dateFields() {
  const field = (key: DateField) =>
    z
      .preprocess(
        blankToNull,
        z
          .string({ error: `${L[key]} must be a date` })
          .trim()
          .max(10, `${L[key]} must be a date written YYYY-MM-DD, YYYY-MM or YYYY`)
          .nullish(),
      )
      .describe(
        key.startsWith('period')
          ? 'YYYY, YYYY-MM or YYYY-MM-DD, as the source states the period; the end not before the start'
          : "YYYY-MM-DD, YYYY-MM or YYYY (the precision is read from how it is written); only once the pledge has reached the stage, not before the earlier stages' dates",
      );
  return Object.fromEntries(DATE_FIELDS.map((key) => [key, field(key)])) as Record<
    DateField,
    ReturnType<typeof field>
  >;
}

export type SourceInputFields = {
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  accessedOn?: string | null;
  quote?: string | null;
};

/** The fields as received (forms send strings; the schema coerces and checks them). */
export type PledgeInput = {
  externalId?: string | null;
  donor: string;
  donorKind?: string | null;
  recipient: string;
  recipientKind?: string | null;
  title: string;
  description?: string | null;
  category: string;
  instrument?: string | null;
  stage: string;
  kind?: string | null;
  isLowerBound?: boolean | string | null;
  parentId?: number | string | null;
  amount?: string | number | null;
  currency?: string | null;
  fxRate?: number | string | null;
  announcedOn?: string | null;
  datePrecision?: string | null;
  committedOn?: string | null;
  allocatedOn?: string | null;
  disbursedOn?: string | null;
  cancelledOn?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  sources?: SourceInputFields[];
};
/** The input schema's output: what pledgeDataFrom turns into PledgeData. */
export type Raw = z.output<typeof pledgeInputSchema>;

/** What the domain verbs store: amounts in minor units, dates normalised to their precision. */
export type PledgeData = Omit<Raw, 'amount' | 'announcedOn' | 'datePrecision' | DateField> &
  StageDates & {
    amount: number | null;
    announcedOn: string | null;
    datePrecision: (typeof DATE_PRECISIONS)[number];
  };

/** Where pledgeDataFrom reports a cross-field problem (zod's refinement context, or a recorder). */
export type IssueSink = { addIssue(issue: { code: 'custom'; path: string[]; message: string }): void };

const ZERO_AMOUNT = `${L.amount} must be more than 0: leave ${L.amount} empty for an unquantified in-kind pledge`;

/** Two names the parties table would hold as one party: case, spacing and Unicode forms aside. */
export function samePartyName(a: string, b: string): boolean {
  const key = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return key(a) === key(b);
}

/** The cross-field rules and normalisation; the CSV import's fast path runs the same function. */
export function pledgeDataFrom(raw: Raw, ctx: IssueSink): PledgeData {
  let amount: number | null = null;
  let currency = raw.currency ?? null;
  if (raw.amount != null) {
    if (!currency) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: `${L.currency} is required when an amount is given`,
      });
    } else if (!isKnownCurrency(currency)) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: `${L.currency} "${currency.slice(0, 10)}" is not an ISO 4217 code`,
      });
    } else {
      const parsed = parseAmount(raw.amount, currency);
      if (parsed.ok && parsed.minor === 0)
        ctx.addIssue({ code: 'custom', path: ['amount'], message: ZERO_AMOUNT });
      else if (parsed.ok) amount = parsed.minor;
      else ctx.addIssue({ code: 'custom', path: ['amount'], message: `${L.amount} ${parsed.message}` });
    }
  } else {
    // Without an amount there is nothing to convert, so the currency is not kept; a code that is
    // not a currency at all is still a mistake worth naming.
    if (currency && !isKnownCurrency(currency)) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: `${L.currency} "${currency.slice(0, 10)}" is not an ISO 4217 code`,
      });
    }
    currency = null;
    if (raw.fxRate != null)
      ctx.addIssue({
        code: 'custom',
        path: ['fxRate'],
        message: `${L.fxRate} needs an ${L.amount} to convert`,
      });
  }
  if (raw.kind === 'reported_total' && raw.amount == null) {
    ctx.addIssue({
      code: 'custom',
      path: ['amount'],
      message: `${L.amount} is required for a reported total`,
    });
  }
  if (raw.kind === 'reported_total' && raw.parentId != null) {
    ctx.addIssue({
      code: 'custom',
      path: ['parentId'],
      message: `a reported total cannot be drawn down from another pledge: leave ${L.parentId} empty`,
    });
  }
  if (raw.currency === 'USD' && raw.fxRate != null && raw.fxRate !== 1) {
    ctx.addIssue({ code: 'custom', path: ['fxRate'], message: `${L.fxRate} must be 1 (or empty) for USD` });
  }
  if (raw.amount != null && raw.sources.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['sources'],
      message: `a pledge with an ${L.amount} needs at least one source`,
    });
  }

  if (raw.donor && raw.recipient && samePartyName(raw.donor, raw.recipient)) {
    ctx.addIssue({
      code: 'custom',
      path: ['recipient'],
      message: `${L.recipient} is the same as ${L.donor}: a pledge goes from one party to another`,
    });
  }
  // "2024-02" sent without a precision means the month, "2024" the year (lib/dates.ts).
  const precision = raw.datePrecision ?? (raw.announcedOn ? precisionOf(raw.announcedOn) : 'unknown');
  let announcedOn: string | null = null;
  if (precision === 'unknown') {
    if (raw.announcedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['announcedOn'],
        message: `${L.announcedOn} must be empty when ${L.datePrecision} is unknown`,
      });
  } else if (!raw.announcedOn) {
    ctx.addIssue({
      code: 'custom',
      path: ['announcedOn'],
      message: `${L.announcedOn} is required when ${L.datePrecision} is ${precision}`,
    });
  } else {
    announcedOn = normaliseDate(raw.announcedOn, precision);
    const latest = latestAllowedDate();
    if (!announcedOn) {
      const shape = precision === 'day' ? 'YYYY-MM-DD' : precision === 'month' ? 'YYYY-MM' : 'YYYY';
      ctx.addIssue({
        code: 'custom',
        path: ['announcedOn'],
        message: `${L.announcedOn} must be a real date written ${shape}`,
      });
    } else if (announcedOn < EARLIEST_DATE) {
      ctx.addIssue({
        code: 'custom',
        path: ['announcedOn'],
        message: `${L.announcedOn} is before ${EARLIEST_DATE}`,
      });
    } else if (announcedOn > latest) {
      ctx.addIssue({
        code: 'custom',
        path: ['announcedOn'],
        message: `${L.announcedOn} is more than a year ahead (after ${latest})`,
      });
    }
  }
  const fxRate = raw.amount != null && currency !== 'USD' ? (raw.fxRate ?? null) : null;
  const dates = stageDatesFrom(raw, raw.stage, { iso: announcedOn, precision }, ctx);
  return { ...raw, amount, currency, fxRate, announcedOn, datePrecision: precision, ...dates };
}

export const pledgeSchema = pledgeInputSchema.transform((raw, ctx): PledgeData => pledgeDataFrom(raw, ctx));

export const retractSchema = z.strictObject({
  reason: text('Reason', LIMITS.reason),
});
