// Starts the real `npm start` path (migrate, seed, `next start`) on 127.0.0.1 and a free port,
// on its own database (a temporary one unless named). Used by the browser tests and the bench.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';

export type RunningServer = {
  url: string;
  port: number;
  /** The SQLite file (empty on PostgreSQL). */
  dbFile: string;
  /** DATABASE_URL as the server got it: `file:…` or `postgres://…`. */
  databaseUrl: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const root = path.resolve(import.meta.dirname, '..', '..');

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Starts on `databaseUrl` when given (a PostgreSQL database), else on `dbFile` or a new temporary SQLite file. */
export async function startServer(
  options: { dbFile?: string; databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const port = await freePort();
  const dbFile = options.databaseUrl
    ? ''
    : (options.dbFile ?? path.join(tempDir('pledges-e2e-'), 'pledges.db'));
  const databaseUrl = options.databaseUrl ?? `file:${dbFile}`;
  const url = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/start.ts',
    ],
    {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: 'test-secret-test-secret-test-secret-0123',
        NEXTAUTH_URL: url,
        NODE_ENV: 'production',
        // Tests stand in for a reverse proxy: they name each client's address in X-Forwarded-For.
        TRUST_PROXY: '1',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (d) => {
    log += d;
  });
  child.stderr!.on('data', (d) => {
    log += d;
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return { url, port, dbFile, databaseUrl, process: child, output: () => log, stop };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`server did not answer within 90 s:\n${log}`);
}
