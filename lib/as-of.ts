// `asOf`: the public record as it stood at a past moment (docs/design.md, "The record as of a date").
// A day `YYYY-MM-DD` means the end of that day in UTC (every timestamp the tracker stores is UTC);
// a full ISO 8601 timestamp with a zone means that instant. Pure parsing: db/as-of/ resolves the
// kinds that need the database (db/as-of/resolve.ts is where a new kind is added).
import { isRealDate, todayIso } from './dates';
import { ValidationError } from './validation';
import { RELEASE_AS_OF_PREFIX, isReleaseName } from './release-name';

export const AS_OF_PARAM = 'asOf';
/** How the parameter is named in messages, as the banner and the docs write it. */
export const AS_OF_LABEL = 'as of';

export type AsOfSpec =
  /** A calendar day: the record at 23:59:59.999 UTC of that day. */
  | { kind: 'day'; day: string }
  /** An instant, normalised to the stored timestamps' form (…T…:…:….mmmZ). */
  | { kind: 'instant'; at: string }
  /** A named release (`release:2026-12`): the record at the moment it was cut (db/releases). */
  | { kind: 'release'; name: string };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const refuse = (message: string): never => {
  throw new ValidationError({ [AS_OF_PARAM]: [`${AS_OF_LABEL} ${message}`] });
};

/** The cut-off of a day: its last millisecond in UTC, written as the stored timestamps are. */
export const endOfDay = (day: string): string => `${day}T23:59:59.999Z`;

/**
 * Parses `asOf`; null when absent or empty (the current record). Throws ValidationError naming
 * "as of" for anything else that is not a real day or instant, or that lies in the future
 * (`now` for tests). Today is accepted: its end has not come yet, so it is the record so far.
 */
export function parseAsOf(raw: string | null | undefined, now = new Date()): AsOfSpec | null {
  const text = raw?.trim() ?? '';
  if (text === '') return null;
  const shown = `"${text.slice(0, 40)}"`;
  if (text.startsWith(RELEASE_AS_OF_PREFIX)) {
    const name = text.slice(RELEASE_AS_OF_PREFIX.length);
    if (!isReleaseName(name)) return refuse(`${shown} is not a release's name (e.g. release:2026-12)`);
    return { kind: 'release', name };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    if (!isRealDate(text)) return refuse(`${shown} is not a real date`);
    if (text > todayIso(now))
      return refuse(`${shown} is in the future; the record can only be shown as it stood`);
    return { kind: 'day', day: text };
  }
  if (TIMESTAMP.test(text)) {
    const date = new Date(text);
    if (Number.isNaN(date.getTime()) || !isRealDate(text.slice(0, 10)))
      return refuse(`${shown} is not a real moment`);
    if (date.getTime() > now.getTime())
      return refuse(`${shown} is in the future; the record can only be shown as it stood`);
    return { kind: 'instant', at: date.toISOString() };
  }
  return refuse(
    `${shown} is not a date: write YYYY-MM-DD (the end of that day, UTC), a full timestamp such as 2025-06-30T12:00:00Z, or release:NAME`,
  );
}

/** The cut-off timestamp of a parsed date or instant (the kinds this module knows without a database). */
export function cutOffOf(spec: AsOfSpec): string {
  if (spec.kind === 'release')
    throw new Error("a release's cut is read from the database (db/as-of/resolve.ts)");
  return spec.kind === 'day' ? endOfDay(spec.day) : spec.at;
}

/** How a cut-off is named to people: the day alone when it is a day's end, else the instant in UTC. */
export function asOfLabel(cutOff: string): string {
  return cutOff.endsWith('T23:59:59.999Z')
    ? cutOff.slice(0, 10)
    : cutOff.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

/** A cut-off written back as the parameter (`asOf=`, and `since=` on the change feed): the day, or the instant. */
export function asOfParam(cutOff: string): string {
  return cutOff.endsWith('T23:59:59.999Z') ? cutOff.slice(0, 10) : cutOff;
}
