// The first admin's form, and the same-origin check every form post passes.
import { describe, test, expect } from 'vitest';
import { fieldErrorsOf } from '../../lib/validation';
import { setupSchema } from '../../lib/user-schema';
import { isCrossSite } from '../../lib/same-origin';

describe('first admin form', () => {
  test.each([
    [
      { email: 'a@example.org', password: 'long enough pw', confirm: 'long enough pw!' },
      'confirm',
      'not the same',
    ],
    [{ email: 'a@example.org', password: 'short', confirm: 'short' }, 'password', 'at least 12'],
    [
      { email: 'not-an-address', password: 'long enough pw', confirm: 'long enough pw' },
      'email',
      'email must be an address',
    ],
  ])('%o → %s', (input, field, message) => {
    const r = setupSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(fieldErrorsOf(r.error!)[field]?.join(' ')).toContain(message);
  });
});

describe('cross-site requests', () => {
  const h = (headers: Record<string, string>) => new Headers(headers);
  test.each([
    [{ host: 'tracker.example', origin: 'https://tracker.example', 'sec-fetch-site': 'same-origin' }, false],
    [{ host: 'tracker.example' }, false],
    [{ host: 'tracker.example', origin: 'https://attacker.example' }, true],
    [{ host: 'tracker.example', origin: 'null' }, true],
    [{ host: 'tracker.example', 'sec-fetch-site': 'cross-site' }, true],
    [{ host: 'tracker.example', 'sec-fetch-site': 'same-site' }, true],
    [{ host: 'internal:3000', origin: 'https://tracker.example' }, false],
  ])('%o → cross-site %s', (headers, expected) => {
    expect(isCrossSite(h(headers), 'https://tracker.example')).toBe(expected);
  });
});
