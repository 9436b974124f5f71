// The annual view's rules (docs/design.md, "Support per year"): which year a month belongs to —
// the calendar year, or a donor's fiscal year named by the calendar year it starts in (Japan's
// FY2024 is Apr 2024 – Mar 2025) — and how a multi-year pledge's amount is spread over the years
// of its period, in integer minor units that add up to the amount exactly.

export const YEAR_BASES = ['fiscal', 'calendar'] as const;
/** `fiscal`: each donor's own fiscal year (the calendar year when it has no start month); `calendar`: January to December for everyone. */
export type YearBasis = (typeof YEAR_BASES)[number];
export const YEAR_BASIS_PARAM = 'basis';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A month as one number (year × 12 + month − 1), so ranges of months are ranges of integers. */
export const monthIndex = (year: number, month: number): number => year * 12 + month - 1;

/** The start month that counts under `basis`: a fiscal-year donor's own, else January. */
export function effectiveStart(startMonth: number | null, basis: YearBasis): number {
  return basis === 'fiscal' && startMonth != null ? startMonth : 1;
}

/** The year a month belongs to when years start in `startMonth` (named by the calendar year they start in). */
export function yearOfMonth(index: number, startMonth: number): number {
  const year = Math.floor(index / 12);
  return index - year * 12 + 1 >= startMonth ? year : year - 1;
}

/** "2024", or "FY2024" for a year that does not start in January. */
export function yearLabel(year: number, startMonth: number): string {
  return startMonth === 1 ? String(year) : `FY${year}`;
}

/** What a year means: "Apr 2024 – Mar 2025" (or "Jan – Dec 2024"). */
export function yearSpan(year: number, startMonth: number): string {
  if (startMonth === 1) return `Jan – Dec ${year}`;
  const endYear = year + 1;
  return `${MONTH_NAMES[startMonth - 1]} ${year} – ${MONTH_NAMES[startMonth - 2]} ${endYear}`;
}

/** "FY2024–2026" or "2024" (one year). */
export function yearRangeLabel(first: number, last: number, startMonth: number): string {
  return first === last ? yearLabel(first, startMonth) : `${yearLabel(first, startMonth)}–${last}`;
}

const WRITTEN = /^(\d{4})(?:-(\d{2}))?(?:-\d{2})?$/;

/**
 * A pledge's period as a range of months. A bound written as a year is a year of the donor's own
 * (fiscal years when it has a start month: "2024"–"2026" for Japan is Apr 2024 – Mar 2027); a bound
 * written as a month or a day is that month. Null when either bound is missing, unreadable or the
 * range is empty: such a pledge is placed by its announcement date instead.
 */
export function periodMonths(
  start: string | null,
  end: string | null,
  donorStartMonth: number | null,
): { first: number; last: number } | null {
  const s = donorStartMonth ?? 1;
  const from = start ? WRITTEN.exec(start.trim()) : null;
  const to = end ? WRITTEN.exec(end.trim()) : null;
  if (!from || !to) return null;
  const first = from[2] ? monthIndex(Number(from[1]), Number(from[2])) : monthIndex(Number(from[1]), s);
  const last = to[2] ? monthIndex(Number(to[1]), Number(to[2])) : monthIndex(Number(to[1]) + 1, s) - 1;
  return last >= first ? { first, last } : null;
}

/**
 * Splits an integer `total` in proportion to `weights`: each part gets its share rounded down to
 * the unit, and the units left over go one each to the earliest parts (with weight), so the parts
 * always add up to `total` exactly and the same input always gives the same parts. BigInt keeps
 * total × weight exact for any amount a pledge can hold.
 */
export function spreadEvenly(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, w) => a + w, 0);
  if (!Number.isSafeInteger(total)) throw new RangeError('the total to spread must be a whole number');
  if (weights.some((w) => !Number.isInteger(w) || w < 0) || sum <= 0)
    throw new RangeError('weights must be whole numbers, not negative, not all zero');
  const t = BigInt(total);
  const s = BigInt(sum);
  const shares = weights.map((w) => {
    const p = t * BigInt(w);
    const q = p / s;
    return p % s !== 0n && p < 0n ? q - 1n : q;
  });
  let left = t - shares.reduce((a, b) => a + b, 0n);
  for (let i = 0; i < shares.length && left > 0n; i++) {
    if (weights[i] === 0) continue;
    shares[i] += 1n;
    left -= 1n;
  }
  return shares.map(Number);
}

export type YearShare = { year: number; value: number; months: number };

/** A period's amount spread over the years (starting in `startMonth`) its months fall in, each year weighted by its months. */
export function spreadOverYears(
  total: number,
  period: { first: number; last: number },
  startMonth: number,
): YearShare[] {
  const firstYear = yearOfMonth(period.first, startMonth);
  const lastYear = yearOfMonth(period.last, startMonth);
  const months: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    const from = Math.max(period.first, monthIndex(y, startMonth));
    const to = Math.min(period.last, monthIndex(y + 1, startMonth) - 1);
    months.push(to - from + 1);
  }
  const values = spreadEvenly(total, months);
  return months.map((m, i) => ({ year: firstYear + i, value: values[i], months: m }));
}
