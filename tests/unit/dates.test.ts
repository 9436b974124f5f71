import { describe, test, expect, vi, afterEach } from 'vitest';
import { isRealDate, latestAllowedDate, todayIso } from '../../lib/dates';

/** What the calendar says: the date survives a round trip through Date. */
function byDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

describe('isRealDate', () => {
  test('agrees with the calendar on every day-of-month 00–32 of every month 00–13 across leap rules', () => {
    let real = 0;
    for (const year of ['0000', '1900', '1945', '1999', '2000', '2023', '2024', '2100', '2400', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isRealDate(iso), iso).toBe(byDate(iso));
          if (byDate(iso)) real++;
        }
      }
    }
    expect(real).toBe(365 * 6 + 366 * 4); // 0000, 2000, 2024 and 2400 are leap years; 1900 and 2100 are not
  });

  test('refuses what is not written YYYY-MM-DD', () => {
    for (const text of [
      '2024-1-05',
      '2024-01-5',
      '24-01-05',
      '2024/01/05',
      ' 2024-01-05',
      '2024-01-05T00:00',
      '',
    ]) {
      expect(isRealDate(text), text).toBe(false);
    }
  });
});

describe('latestAllowedDate', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('moves on at midnight UTC, though it is worked out once a day', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2025-03-01T23:59:59Z'));
    expect(latestAllowedDate()).toBe('2026-03-01');
    expect(latestAllowedDate()).toBe('2026-03-01');
    vi.setSystemTime(new Date('2025-03-02T00:00:01Z'));
    expect(latestAllowedDate()).toBe('2026-03-02');
    vi.setSystemTime(new Date('2028-02-29T12:00:00Z'));
    expect(latestAllowedDate()).toBe('2029-03-01');
  });

  test('is a year from today, the same whether asked for today or for now', () => {
    const now = new Date();
    expect(latestAllowedDate()).toBe(latestAllowedDate(now));
    expect(latestAllowedDate().slice(4)).toBe(
      todayIso(now).slice(4) === '-02-29' ? '-03-01' : todayIso(now).slice(4),
    );
    expect(latestAllowedDate(new Date('2024-02-29T18:00:00Z'))).toBe('2025-03-01');
  });
});
