// The production server (started by `npm start`): Next's request handler behind the public page
// cache. Runs without the react-server condition so Next resolves React as it expects.
import path from 'node:path';
import next from 'next';
import { createPageCacheServer } from './lib/page-cache-server';
import { openVersionReader } from '../db/version-reader';
import { databasePath } from '../db/config';

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || undefined;
const root = path.resolve(import.meta.dirname, '..');

async function main() {
  const app = next({ dev: false, dir: root, hostname: host ?? 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const version = openVersionReader(databasePath());
  const server = createPageCacheServer({ handle, dataVersion: version.read, trustProxy: process.env.TRUST_PROXY === '1' });
  server.keepAliveTimeout = 65_000;
  server.listen(port, host, () => console.log(`Aid Pledge Tracker listening on http://${host ?? 'localhost'}:${port}`));
  const stop = () => server.close(() => { version.close(); process.exit(0); });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: Error) => {
  console.error(`aid-pledge-tracker: the server could not start: ${error.message}`);
  process.exit(1);
});
