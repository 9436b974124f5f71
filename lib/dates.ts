// Calendar dates as ISO strings (YYYY-MM-DD), compared as strings; no time zones involved.
import type { DatePrecision } from './domain';

export const EARLIEST_DATE = '1945-01-01';

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

let latestToday: { day: number; latest: string } | null = null;

/** The latest date a pledge may carry: a year from today (announcements of future tranches). */
export function latestAllowedDate(now?: Date): string {
  if (now === undefined) {
    // Asked once per validated pledge: worked out again only when the UTC day changes.
    const day = Math.floor(Date.now() / 86_400_000);
    if (latestToday?.day !== day)
      latestToday = { day, latest: latestAllowedDate(new Date(day * 86_400_000)) };
    return latestToday.latest;
  }
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return todayIso(d);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A YYYY-MM-DD that names a day of the Gregorian calendar (arithmetic: the import checks millions). */
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]);
}

/**
 * Normalises a date written at a precision: "2024" (year) → 2024-01-01, "2024-01" (month) →
 * 2024-01-01, a full date → itself. Returns null when the text does not fit the precision.
 */
export function normaliseDate(text: string, precision: Exclude<DatePrecision, 'unknown'>): string | null {
  const t = text.trim();
  let iso: string | null = null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  else if (/^\d{4}-\d{2}$/.test(t) && precision !== 'day') iso = `${t}-01`;
  else if (/^\d{4}$/.test(t) && precision === 'year') iso = `${t}-01-01`;
  if (!iso || !isRealDate(iso)) return null;
  if (precision === 'month') return `${iso.slice(0, 7)}-01`;
  if (precision === 'year') return `${iso.slice(0, 4)}-01-01`;
  return iso;
}

/** The precision a date is written at: "2024" is a year, "2024-02" a month, anything else a day. */
export function precisionOf(text: string): Exclude<DatePrecision, 'unknown'> {
  const t = text.trim();
  return /^\d{4}$/.test(t) ? 'year' : /^\d{4}-\d{2}$/.test(t) ? 'month' : 'day';
}

/** How a date is shown at its precision: 2024-01-07, 2024-01, 2024, or "date unknown". */
export function formatDateAt(iso: string | null, precision: DatePrecision): string {
  if (!iso || precision === 'unknown') return 'date unknown';
  if (precision === 'year') return iso.slice(0, 4);
  if (precision === 'month') return iso.slice(0, 7);
  return iso;
}
