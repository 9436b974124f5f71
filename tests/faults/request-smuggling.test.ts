// Requests that a server in front of Next could mis-frame: a GET carrying a body, and a body sized
// to swallow the start of the next request on a shared connection. Whatever one visitor sends, the
// next visitor gets the page they asked for.
import { describe, test, expect, beforeAll, afterAll } from 'vitest';
import { startServer, type RunningServer } from '../support/server';
import { rawRequest, titleOf } from '../support/raw-http';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.stop();
});

const DASHBOARD_TITLE = 'Aid Pledge Tracker';
const page = async (path: string) => {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, title: titleOf(await res.text()) };
};

describe('request framing', () => {
  test('a GET whose body is sized to swallow the next request cannot make / serve another page', async () => {
    const host = `127.0.0.1:${server.port}`;
    // The start of the next request as a server would write it on a shared keep-alive connection.
    const prefix = `GET /?B8 HTTP/1.1\r\nhost: ${host}\r\nuser-agent: x\r\naccept: */*\r\nx-s: `;
    const first = await rawRequest(
      server.port,
      `GET /api?A8 HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: x\r\nAccept: */*\r\n` +
        `Content-Length: ${prefix.length}\r\n\r\n${'Z'.repeat(prefix.length)}`,
    );
    expect(first.status).toBeLessThan(500);
    await rawRequest(
      server.port,
      `GET /?B8 HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: x\r\nAccept: */*\r\nX-S: GET /api HTTP/1.0\r\n\r\n`,
    );
    const after = await page('/?B8');
    expect(after).toEqual({ status: 200, title: DASHBOARD_TITLE });
  });

  test('a plain GET with a body does not cost the next visitor a 400', async () => {
    const host = `127.0.0.1:${server.port}`;
    await rawRequest(
      server.port,
      `GET /?C9 HTTP/1.1\r\nHost: ${host}\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello`,
    );
    expect(await page('/?D9')).toEqual({ status: 200, title: DASHBOARD_TITLE });
    expect(await page('/export?D9')).toEqual({ status: 200, title: `Export CSV · ${DASHBOARD_TITLE}` });
  });
});
