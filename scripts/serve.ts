// The production server (started by `npm start`): Node's HTTP server handing every request to
// Next's own request handler in this process — nothing re-frames or forwards requests. Two jobs
// before Next sees a request:
// 1. The client's address for sign-in throttling (auth.ts), taken from the socket, or from
//    X-Forwarded-For only when TRUST_PROXY=1, overwriting whatever a client sent.
// 2. Shareable public pages (lib/page-cache.ts) get a validator for the current data version; a
//    client or CDN that already holds that version gets a 304 without a render.
// Runs without the react-server condition so Next resolves React as it expects.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import next from 'next';
import { openVersionReader } from '../db/version-reader.sqlite';
import { openProcessVersionReader } from '../db/postgres';
import { isPostgresUrl } from '../db/engine';
import { databasePath } from '../db/config';
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from '../lib/client-address';
import {
  SHARED_PAGE_VARY,
  clientHasPage,
  isShareableRequest,
  pageValidators,
  sharedPageHeaders,
} from '../lib/page-cache';
import { serverConfig } from '../lib/env';

const { port, host, trustProxy } = serverConfig();
const root = path.resolve(import.meta.dirname, '..');

/**
 * Next sets Vary on every app page to its own RSC header names, replacing any Vary set before it
 * (and next.config.js headers()). A shareable page also varies on Cookie: a signed-in editor's
 * page shows their account, so a cache must not hand them the anonymous copy.
 */
function keepCookieInVary(res: http.ServerResponse): void {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) =>
    setHeader(
      name,
      name.toLowerCase() === 'vary' && !/\bcookie\b/i.test(String(value)) ? `${value}, Cookie` : value,
    );
}

/** SQLite's reader, in the shape of the PostgreSQL one (a prepared statement on a read-only connection). */
function sqliteVersion(file: string) {
  const reader = openVersionReader(file);
  return { read: async () => reader.read(), close: async () => reader.close() };
}

async function main() {
  const app = next({ dev: false, dir: root, hostname: host ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const buildId = fs.readFileSync(path.join(root, '.next', 'BUILD_ID'), 'utf8').trim();
  const url = process.env.DATABASE_URL;
  const version = isPostgresUrl(url) ? openProcessVersionReader(url!) : sqliteVersion(databasePath());
  const server = http.createServer(async (req, res) => {
    // Whatever a client sent under this name is overwritten (lib/client-address.ts has the rule).
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(
      req.headers['x-forwarded-for'],
      req.socket.remoteAddress,
      trustProxy,
    );
    if (isShareableRequest(req)) {
      let current: number;
      try {
        current = await version.read();
      } catch {
        // The database is unreachable: no validator, and Next renders (or reports) as it would.
        void handle(req, res);
        return;
      }
      const validators = pageValidators(current, buildId);
      const headers = sharedPageHeaders(validators);
      if (clientHasPage(req, validators)) {
        // No Content-Security-Policy here: the stored page keeps the policy its nonce belongs to.
        res.writeHead(304, { ...headers, Vary: SHARED_PAGE_VARY }).end();
        return;
      }
      // Next keeps a Cache-Control that is already set (it sets its own only when none is).
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      keepCookieInVary(res);
    }
    void handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, host, () =>
    console.log(`Aid Pledge Tracker listening on http://${host ?? 'localhost'}:${port}`),
  );
  const stop = () =>
    server.close(async () => {
      await version.close();
      process.exit(0);
    });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(`aid-pledge-tracker: the server could not start: ${error.message}`);
  process.exit(1);
});
