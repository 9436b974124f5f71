// `asOf=release:NAME` (lib/as-of.ts): a release is named, its cut read from the database later
// (db/as-of/resolve.ts); a name no release could have is refused by a message naming "as of".
import { describe, test, expect } from 'vitest';
import { parseAsOf } from '../../lib/as-of';
import { ValidationError } from '../../lib/validation';

const refusal = (raw: string) => {
  try {
    parseAsOf(raw);
  } catch (error) {
    if (error instanceof ValidationError) return error.fields.asOf?.[0];
    throw error;
  }
  return 'accepted';
};

describe('asOf=release:NAME', () => {
  test('names the release', () => {
    expect(parseAsOf('release:2026-12')).toEqual({ kind: 'release', name: '2026-12' });
  });

  test('a name no release can have is refused naming "as of"', () => {
    expect(refusal('release:../etc')).toMatch(/^as of "release:\.\.\/etc" is not a release's name/);
  });

  test('an empty name is refused', () => {
    expect(refusal('release:')).toMatch(/^as of "release:" is not a release's name/);
  });
});
