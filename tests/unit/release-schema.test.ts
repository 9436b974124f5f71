// A release's name becomes part of addresses (/releases/NAME, asOf=release:NAME): the schema keeps
// it to characters no address has to escape, and every refusal names the field as the form labels it.
import { describe, test, expect } from 'vitest';
import { cutReleaseSchema, isReleaseName } from '../../lib/release-schema';
import { fieldErrorsOf } from '../../lib/validation';

const refusal = (input: unknown) => {
  const parsed = cutReleaseSchema.safeParse(input);
  if (parsed.success) throw new Error(`accepted ${JSON.stringify(input)}`);
  return fieldErrorsOf(parsed.error);
};

describe('a release name', () => {
  test.each(['2026-12', '2027-q1.1', 'v3_final', 'A'])('%s is a name', (name) => {
    expect(cutReleaseSchema.parse({ name, note: '' })).toEqual({ name, note: null });
    expect(isReleaseName(name)).toBe(true);
  });

  test('is trimmed before it is checked', () => {
    expect(cutReleaseSchema.parse({ name: '  2026-12 ', note: null }).name).toBe('2026-12');
  });

  test.each([
    ['', 'Name is required'],
    ['2026 12', 'Name must start with a letter or digit'],
    ['2026/12', 'Name must start with a letter or digit'],
    ['release:2026', 'Name must start with a letter or digit'],
    ['.hidden', 'Name must start with a letter or digit'],
    ['-x', 'Name must start with a letter or digit'],
    ['Україна', 'Name must start with a letter or digit'],
    ['%2F', 'Name must start with a letter or digit'],
    ['x'.repeat(41), 'Name is longer than 40 characters'],
  ])('%j is refused beside Name', (name, message) => {
    const errors = refusal({ name, note: null });
    expect(Object.keys(errors)).toEqual(['name']);
    expect(errors.name[0]).toContain(message);
    expect(isReleaseName(name.trim())).toBe(false);
  });

  test('a missing name is refused beside Name', () => {
    expect(refusal({ note: 'x' }).name).toEqual(['Name is required']);
  });
});

describe('a release note', () => {
  test('is optional: empty or blank is no note, text is kept trimmed', () => {
    expect(cutReleaseSchema.parse({ name: 'a', note: '   ' }).note).toBeNull();
    expect(cutReleaseSchema.parse({ name: 'a' }).note).toBeNull();
    expect(cutReleaseSchema.parse({ name: 'a', note: ' First line\nsecond ' }).note).toBe(
      'First line\nsecond',
    );
  });

  test('with control characters or over 2000 characters is refused beside Note', () => {
    expect(refusal({ name: 'a', note: 'bell\u0007' }).note[0]).toMatch(/^Note must not contain control/);
    expect(refusal({ name: 'a', note: 'x'.repeat(2001) }).note[0]).toMatch(/^Note is longer than 2000/);
  });
});
