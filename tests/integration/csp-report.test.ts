// The CSP report endpoint browsers post violations to: both report formats are accepted and logged
// one line each, and whatever a hostile client sends is a 4xx or a 204, never a 5xx or a stack.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import type { RunningServer } from '../support/server';
import { startServer } from '../support/server';
import { rawRequest } from '../support/raw-http';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const post = (body: BodyInit, type: string) =>
  fetch(`${server.url}/api/csp-report`, { method: 'POST', headers: { 'content-type': type }, body });
const logLines = (marker: string) =>
  server
    .output()
    .split('\n')
    .filter((l) => l.includes(marker));

/** The server's log is written as it goes: wait for the line the request produced. */
async function loggedLines(marker: string, count: number) {
  await expect.poll(() => logLines(marker).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  return logLines(marker);
}

describe('CSP report endpoint', () => {
  test('a legacy application/csp-report is answered 204 and logged on one line', async () => {
    const res = await post(
      JSON.stringify({
        'csp-report': {
          'document-uri': 'http://127.0.0.1/pledges/1',
          'violated-directive': 'style-src-elem',
          'blocked-uri': 'inline-marker-one',
        },
      }),
      'application/csp-report',
    );
    expect(res.status).toBe(204);
    const [line] = await loggedLines('inline-marker-one', 1);
    expect(line).toMatch(
      /^csp violation: style-src-elem blocked inline-marker-one on http:\/\/127\.0\.0\.1\/pledges\/1/,
    );
  });

  test('an application/reports+json batch logs one line per CSP report', async () => {
    const report = (n: number) => ({
      type: 'csp-violation',
      url: 'http://127.0.0.1/',
      body: {
        documentURL: 'http://127.0.0.1/',
        effectiveDirective: 'script-src-elem',
        blockedURL: `https://evil.example/batch-marker-${n}.js`,
      },
    });
    const res = await post(
      JSON.stringify([report(1), report(2), { type: 'deprecation', body: {} }]),
      'application/reports+json',
    );
    expect(res.status).toBe(204);
    expect(await loggedLines('batch-marker-', 2)).toHaveLength(2);
  });

  test('a newline in a report cannot forge a second log line', async () => {
    await post(
      JSON.stringify({
        'csp-report': {
          'violated-directive': 'img-src',
          'blocked-uri': 'forged-marker\ncsp violation: fake',
        },
      }),
      'application/csp-report',
    );
    const lines = await loggedLines('forged-marker', 1);
    expect(lines).toHaveLength(1);
    expect(server.output()).not.toMatch(/^csp violation: fake/m);
  });

  test('hostile bodies get a 4xx, never a 5xx, and no stack in the log', async () => {
    const cases: [BodyInit, string][] = [
      ['{"csp-report": ', 'application/csp-report'],
      ['not json at all', 'application/reports+json'],
      ['null', 'application/csp-report'],
      ['[1, "two", null, {"type": "csp-violation", "body": 7}]', 'application/reports+json'],
      [JSON.stringify({ 'csp-report': { 'blocked-uri': 'x'.repeat(20_000) } }), 'application/csp-report'],
      [new Uint8Array([0xff, 0xfe, 0x00, 0x81]), 'application/csp-report'],
      ['['.repeat(5000), 'application/csp-report'],
      ['{}', 'text/plain'],
    ];
    for (const [body, type] of cases) {
      const res = await post(body, type);
      expect(res.status, `${type} ${String(body).slice(0, 40)}`).toBeGreaterThanOrEqual(204);
      expect(res.status).toBeLessThan(500);
    }
    // Chunked, with no length, and far over the cap.
    const chunk = 'a'.repeat(4000);
    const raw = await rawRequest(
      server.port,
      `POST /api/csp-report HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/csp-report\r\ntransfer-encoding: chunked\r\n\r\n` +
        `${(4000).toString(16)}\r\n${chunk}\r\n`.repeat(20) +
        '0\r\n\r\n',
    );
    expect(raw.status).toBe(413);
    expect(server.output()).not.toMatch(/at .*\(.*:\d+:\d+\)/);
  });
});
