// Parsing `asOf=` (lib/as-of.ts): a day is the end of that day in UTC, an instant is normalised, and
// anything else — the future included — is refused by a message naming "as of".
import { describe, test, expect } from 'vitest';
import { asOfLabel, asOfParam, parseAsOf, cutOffOf } from '../../lib/as-of';
import { ValidationError } from '../../lib/validation';

const now = new Date('2026-12-03T13:00:00Z');
const cutOff = (raw: string) => {
  const spec = parseAsOf(raw, now);
  return spec && cutOffOf(spec);
};
const refusal = (raw: string) => {
  try {
    parseAsOf(raw, now);
  } catch (error) {
    if (error instanceof ValidationError) return error.fields.asOf?.[0];
    throw error;
  }
  return 'accepted';
};

describe('asOf', () => {
  test('a day means its last millisecond in UTC', () => {
    expect(cutOff('2025-06-30')).toBe('2025-06-30T23:59:59.999Z');
  });

  test('an instant with a zone is kept as that instant in UTC', () => {
    expect(cutOff('2025-06-30T12:00:00+02:00')).toBe('2025-06-30T10:00:00.000Z');
  });

  test('absent or empty is the current record', () => {
    expect([parseAsOf(undefined, now), parseAsOf('  ', now)]).toEqual([null, null]);
  });

  test('today is accepted and tomorrow is refused as the future', () => {
    expect([cutOff('2026-12-03'), refusal('2026-12-04')]).toEqual([
      '2026-12-03T23:59:59.999Z',
      'as of "2026-12-04" is in the future; the record can only be shown as it stood',
    ]);
  });

  test('an instant later than now is refused', () => {
    expect(refusal('2026-12-03T14:00:00Z')).toMatch(/^as of .* is in the future/);
  });

  test('garbage, an impossible day and an instant without a zone are refused by name', () => {
    expect([refusal('yesterday'), refusal('2025-02-30'), refusal('2025-06-30T12:00')]).toEqual([
      expect.stringMatching(/^as of "yesterday" is not a date: write YYYY-MM-DD/),
      'as of "2025-02-30" is not a real date',
      expect.stringMatching(/^as of "2025-06-30T12:00" is not a date/),
    ]);
  });

  test('a day is named and carried as the day, an instant as the instant', () => {
    expect([asOfLabel('2025-06-30T23:59:59.999Z'), asOfParam('2025-06-30T23:59:59.999Z')]).toEqual([
      '2025-06-30',
      '2025-06-30',
    ]);
    expect(asOfLabel('2025-06-30T10:00:00.000Z')).toBe('2025-06-30 10:00:00 UTC');
  });
});
