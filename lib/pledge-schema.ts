// The one schema for a pledge: the editor form, the JSON API and the CSV import
// all parse through it, so a value refused in one place is refused everywhere with the same words.
import { z } from 'zod';
import { CATEGORIES, INSTRUMENTS, STAGES, PLEDGE_KINDS, DATE_PRECISIONS, PARTY_KINDS } from './domain';
import { PLEDGE_LABELS as L } from './pledge-labels';
import { DATE_FIELDS, type DateField, type StageDates } from './stage-dates';
import { LIMITS } from './pledge-limits';
import { blankToNull, enumOf, optionalText, positiveInt, text } from './schema-fields';
import { sourceInputSchema, type SourceInputFields } from './source-schema';
import { pledgeDataFrom } from './pledge-data';

export { LIMITS } from './pledge-limits';
export { isHttpUrl, sourceInputSchema, type SourceInputFields } from './source-schema';
export { pledgeDataFrom, samePartyName, type IssueSink } from './pledge-data';

const booleanish = z.preprocess(
  (v) => {
    if (v === 'true' || v === 'on' || v === '1' || v === 1) return true;
    if (v === 'false' || v === 'off' || v === '0' || v === 0 || v === '' || v == null) return false;
    return v;
  },
  z.boolean({ error: `${L.isLowerBound} must be true or false` }),
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

export const pledgeSchema = pledgeInputSchema.transform((raw, ctx): PledgeData => pledgeDataFrom(raw, ctx));

export const retractSchema = z.strictObject({
  reason: text('Reason', LIMITS.reason),
});
