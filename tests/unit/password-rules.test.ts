// The password rules every door shares (lib/user-schema.ts: the forms, /setup, `npm run users`):
// bcrypt reads only the first 72 bytes, so a longer password is refused rather than silently cut,
// and the commonest passwords are refused by name.
import { describe, test, expect } from 'vitest';
import { passwordSchema, setupSchema } from '../../lib/user-schema';

const problem = (password: string) => {
  const parsed = passwordSchema.safeParse(password);
  return parsed.success ? null : parsed.error.issues[0].message;
};

describe('password length is counted in bytes', () => {
  test('73 bytes of plain letters are refused', () => {
    expect(problem('q7Kx'.repeat(18) + 'z')).toMatch(/at most 72 bytes/);
  });

  test('37 two-byte letters (74 bytes, 37 characters) are refused, naming the byte count', () => {
    const password = 'ž'.repeat(37);
    expect(password.length).toBe(37);
    expect(problem(password)).toMatch(/at most 72 bytes.*74/);
  });

  test('36 two-byte letters (72 bytes) are accepted', () => {
    expect(problem('ž'.repeat(36))).toBeNull();
  });

  test('an emoji counts four bytes', () => {
    expect(problem('🙂'.repeat(18))).toBeNull();
    expect(problem('🙂'.repeat(18) + 'x')).toMatch(/at most 72 bytes/);
  });
});

describe('common passwords are refused', () => {
  test.each([
    'password1234',
    'Password2024!',
    'qwertyuiop12',
    '123456789012',
    'iloveyou2023',
    'P@ssw0rd2025',
    'football1990',
    '1q2w3e4r5t6y',
  ])('%s', (password) => {
    expect(problem(password)).toMatch(/^This password is too common/);
  });

  test('an uncommon password of the same shape is accepted', () => {
    expect(problem('gravel lantern 58')).toBeNull();
    expect(problem('Tbilisi-ferry-1931')).toBeNull();
  });

  test('/setup refuses it under the password field', () => {
    const parsed = setupSchema.safeParse({
      email: 'a@example.org',
      name: 'A',
      password: 'qwerty123456',
      confirm: 'qwerty123456',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message.slice(0, 27)])).toEqual([
      ['password', 'This password is too common'],
    ]);
  });
});
