import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { signInOverHttp } from '../support/http-editor';
import { createUser } from '../../db/accounts/users';

let server: RunningServer;

beforeAll(async () => {
  // No reverse proxy in front: X-Forwarded-For is the client's word and must not be believed.
  server = await startServer({ env: { TRUST_PROXY: '0' } });
  process.env.DATABASE_URL = server.databaseUrl;
  await createUser({ email: 'direct@example.org', password: 'the right password 1', role: 'editor' });
});
afterAll(async () => {
  await server?.stop();
});

describe('sign-in throttling without a trusted proxy', () => {
  test('a forged X-Forwarded-For on each attempt does not escape the per-address count', async () => {
    const errors: (string | null)[] = [];
    // Five different unknown accounts: only the per-address count can stop the sixth attempt.
    for (let i = 0; i < 6; i++) {
      const r = await signInOverHttp(server.url, `guess-${i}@example.org`, 'wrong password', {
        'x-forwarded-for': `203.0.113.${i + 1}`,
      });
      errors.push(r.error);
    }
    expect(errors.slice(0, 4)).toEqual([
      'CredentialsSignin',
      'CredentialsSignin',
      'CredentialsSignin',
      'CredentialsSignin',
    ]);
    expect(errors.at(-1)).toBe('TooManyAttempts');
  });
});
