// The cross-field rules of a pledge and the normalisation into what the verbs store; the schema in
// lib/pledge-schema.ts runs them after its fields parse, and the CSV import's fast path calls them directly.
import { isKnownCurrency, parseAmount } from './money';
import { EARLIEST_DATE, latestAllowedDate, normaliseDate, precisionOf } from './dates';
import { PLEDGE_LABELS as L } from './pledge-labels';
import { stageDatesFrom } from './stage-date-rules';
import type { PledgeData, Raw } from './pledge-schema';

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
