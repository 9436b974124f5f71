// Behind a reverse proxy (TRUST_PROXY=1) the proxy appends the address it saw to X-Forwarded-For;
// everything to the left of it is whatever the client wrote. Failures count against that last entry.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { signInOverHttp } from '../support/http-editor';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ env: { TRUST_PROXY: '1' } });
});
afterAll(async () => {
  await server?.stop();
});

describe('sign-in throttling behind a trusted proxy', () => {
  test("a client that writes its own first X-Forwarded-For entry is still counted by the proxy's entry", async () => {
    const errors: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      const forged = `203.0.113.${i + 1}, 192.0.2.${i + 1}`;
      const r = await signInOverHttp(server.url, `forwarded-${i}@example.org`, 'wrong password', {
        'x-forwarded-for': `${forged}, 198.51.100.77`,
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
