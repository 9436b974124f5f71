// Requests no page of ours sends: a server action posted to a public page, an action body sent
// without a length, oversized or malformed bodies on the sign-in endpoints. Each is refused with a
// 4xx before any framework code parses it, and the server log stays free of crashes.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startApiServer } from './api-support';
import type { RunningServer } from '../support/server';
import { actionId, signInOverHttp } from '../support/http-editor';
import { databaseFingerprint } from '../support/db-fingerprint';

let server: RunningServer;

beforeAll(async () => {
  server = await startApiServer();
});
afterAll(async () => {
  await server?.stop();
});

const sameSite = () => ({ origin: server.url, 'sec-fetch-site': 'same-origin' });

/** A body sent with Transfer-Encoding: chunked (no Content-Length), as a hostile client may. */
function chunked(bytes: number, head = ''): ReadableStream<Uint8Array> {
  let sent = 0;
  const encoder = new TextEncoder();
  return new ReadableStream({
    pull(controller) {
      if (sent === 0 && head) controller.enqueue(encoder.encode(head));
      if (sent >= bytes) return controller.close();
      const n = Math.min(256 * 1024, bytes - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(65));
    },
  });
}

const post = (path: string, init: { headers: Record<string, string>; body: BodyInit | ReadableStream }) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    duplex: 'half',
    ...init,
  } as RequestInit);

describe('server actions outside the editor', () => {
  test('anonymous action posts to public pages are refused, and nothing crashes', async () => {
    const id = actionId('app/editor/pledges/actions.ts', 'savePledgeAction');
    const before = await databaseFingerprint(server.databaseUrl);
    const statuses = await Promise.all(
      ['/', '/donors', '/search?q=x', '/pledges/1', '/changes', '/api/v1/pledges', '/export/pledges.csv'].map(
        async (path) => {
          const form = new FormData();
          form.append('0', '[{},"$K1"]');
          form.append('_1_title', 'posted to a public page');
          const res = await post(path, {
            headers: { ...sameSite(), accept: 'text/x-component', 'next-action': id },
            body: form,
          });
          await res.arrayBuffer();
          return res.status;
        },
      ),
    );
    for (const status of statuses) expect(status).toBe(403);
    expect(await databaseFingerprint(server.databaseUrl)).toBe(before);
    expect(server.output()).not.toMatch(/uncaughtException|ECONNRESET/);
  });

  test('an action post without a Content-Length is refused with 411', async () => {
    const id = actionId('app/setup/actions.ts', 'createFirstAdminAction');
    const boundary = 'xxBOUNDARYxx';
    const head = `--${boundary}\r\ncontent-disposition: form-data; name="_1_name"\r\n\r\n`;
    const res = await post('/setup', {
      headers: {
        ...sameSite(),
        accept: 'text/x-component',
        'next-action': id,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body: chunked(3 * 1024 * 1024, head),
    });
    await res.arrayBuffer();
    expect(res.status).toBe(411);
  });
});

describe('the sign-in endpoints', () => {
  test('a sign-in body over a few kilobytes is refused with 413', async () => {
    const body = new URLSearchParams({
      email: 'x@example.org',
      password: 'p'.repeat(200_000),
      csrfToken: 'x',
    });
    const res = await post('/api/auth/callback/credentials', {
      headers: { ...sameSite(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    await res.arrayBuffer();
    expect(res.status).toBe(413);
  });

  test('a chunked sign-in body is counted and refused past the cap', async () => {
    const res = await post('/api/auth/callback/credentials', {
      headers: { ...sameSite(), 'content-type': 'application/x-www-form-urlencoded' },
      body: chunked(2 * 1024 * 1024, 'email=x&password='),
    });
    await res.arrayBuffer();
    expect(res.status).toBe(413);
  });

  test('malformed JSON is a 400, not a server error', async () => {
    const res = await post('/api/auth/callback/credentials', {
      headers: { ...sameSite(), 'content-type': 'application/json' },
      body: '{"email": "x@example.org", "password":',
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('bad_request');
    expect(server.output()).not.toMatch(/SyntaxError|Unexpected end of JSON/);
  });

  test('an ordinary sign-in still goes through', async () => {
    const r = await signInOverHttp(server.url, 'nobody@example.org', 'not the password', {
      'x-forwarded-for': '192.0.2.99',
    });
    expect(r.status).toBeLessThan(500);
    expect(r.error).toBe('CredentialsSignin');
  });
});
