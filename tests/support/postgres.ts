// A private PostgreSQL cluster for the tests that need the real engine. With TEST_POSTGRES_URL set
// (an admin URL of a running cluster, as .ci/run may provide) it is used; otherwise one cluster is
// started for the test file under a temp folder, bound to 127.0.0.1, and removed afterwards.
// initdb refuses to run as root, so as root the cluster belongs to the `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type Cluster = { adminUrl: string; urlFor(database: string): string; stop(): Promise<void> };

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (fs.existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (the PostgreSQL tests need initdb and pg_ctl)');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

/** Runs a PostgreSQL program, as `postgres` when this process is root. */
function asOwner(program: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${path.basename(program)} failed: ${(r.stderr || r.stdout).trim().slice(0, 500)}`);
}

/** A cluster of its own (or TEST_POSTGRES_URL's); with `password`, one that asks for it (scram-sha-256). */
export async function startCluster(options: { password?: string } = {}): Promise<Cluster> {
  if (process.env.TEST_POSTGRES_URL && !options.password) {
    const adminUrl = process.env.TEST_POSTGRES_URL;
    return { adminUrl, urlFor: (db) => withDatabase(adminUrl, db), stop: async () => {} };
  }
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-pg-'));
  const data = path.join(dir, 'data');
  fs.mkdirSync(data, { mode: 0o700 });
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  const auth = ['-A', 'trust'];
  if (options.password) {
    const pwfile = path.join(dir, 'pwfile');
    fs.writeFileSync(pwfile, `${options.password}\n`);
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', pwfile]);
    auth.splice(0, 2, '-A', 'scram-sha-256', `--pwfile=${pwfile}`);
  }
  asOwner(path.join(bin, 'initdb'), ['-D', data, ...auth, '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-w', '-l', path.join(dir, 'log'), '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  const credentials = options.password ? `postgres:${encodeURIComponent(options.password)}` : 'postgres';
  const adminUrl = `postgres://${credentials}@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    urlFor: (db) => withDatabase(adminUrl, db),
    async stop() {
      asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop']);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs one statement on the cluster's admin database (CREATE DATABASE cannot run in a transaction). */
export async function adminQuery(cluster: Cluster, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

let counter = 0;
/** A new, empty database on the cluster, named for the test file's process. */
export async function emptyDatabase(cluster: Cluster): Promise<string> {
  const name = `tracker_${process.pid}_${++counter}`;
  await adminQuery(cluster, `create database ${name}`);
  return cluster.urlFor(name);
}
