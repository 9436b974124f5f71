// Where the login page sends a visitor after sign-in: only somewhere on this site, whatever a
// phishing link puts in callbackUrl. Browsers drop tabs and newlines from a Location and read a
// backslash as a slash, so "/\t/evil.example" or "/\\evil.example" would leave the site.
import { describe, test, expect } from 'vitest';
import { safeRedirectPath, FALLBACK_PATH } from '../../lib/safe-redirect';

const SITE = 'https://tracker.example.org';

/** Where a browser lands when it follows `location` from a page of the site. */
const landsOn = (location: string) => new URL(location, `${SITE}/login`);

const HOSTILE = [
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  '/\x00/evil.example',
  '/\x7f/evil.example',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '/%09/evil.example',
  '/%0a/evil.example',
  '/%5C/evil.example',
  '/%2F/evil.example',
  'https://evil.example/editor',
  'http:evil.example',
  '//evil.example/%2e%2e',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  ' /editor',
  'https://tracker.example.org.evil.example/',
  'https://tracker.example.org@evil.example/',
  'editor',
  '',
  '/\u2028/evil.example',
  '/\u00a0/evil.example',
];

describe('safeRedirectPath', () => {
  test.each(HOSTILE)('%j never leads off the site', (value) => {
    const path = safeRedirectPath(value, SITE);
    expect(path.startsWith('/') && !path.startsWith('//')).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(path).not.toMatch(/[\x00-\x20\x7f\\]/);
    expect(landsOn(path).origin).toBe(SITE);
  });

  test('a path with a control character, a backslash or another origin falls back to the editor', () => {
    for (const value of [
      '/\t/evil.example',
      '/\n',
      '/\\evil.example',
      '//evil.example',
      'https://evil.example/',
    ]) {
      expect(safeRedirectPath(value, SITE), value).toBe(FALLBACK_PATH);
    }
  });

  test('a path on the site is kept, query and fragment included', () => {
    expect(safeRedirectPath('/editor/pledges/12?tab=sources#quotes', SITE)).toBe(
      '/editor/pledges/12?tab=sources#quotes',
    );
    expect(safeRedirectPath('/editor/pledges?q=%2F%2Fx', SITE)).toBe('/editor/pledges?q=%2F%2Fx');
  });

  test('an absolute URL on the site itself becomes its path', () => {
    expect(safeRedirectPath(`${SITE}/editor/users`, SITE)).toBe('/editor/users');
  });

  test('a missing or repeated value falls back to, or keeps the first of, the values', () => {
    expect(safeRedirectPath(undefined, SITE)).toBe(FALLBACK_PATH);
    expect(safeRedirectPath(['/editor/import', '//evil.example'], SITE)).toBe('/editor/import');
  });
});
