// A private PostgreSQL cluster under a temp folder, bound to 127.0.0.1 on a free port and removed
// by stop(): what the PostgreSQL tests (tests/support/postgres.ts) and `npm run bench -- --engine
// postgres` run on. initdb refuses to run as root, so as root the cluster belongs to `postgres`.
// Only PostgreSQL's own programs are used here (initdb, pg_ctl, psql), not the driver.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './serve';

export type Cluster = { adminUrl: string; urlFor(database: string): string; stop(): Promise<void> };

export type ClusterOptions = {
  /** A cluster that asks for this password (scram-sha-256) instead of trusting every local user. */
  password?: string;
  /** Server settings passed to `postgres -c`, e.g. `{ fsync: 'off' }` for throwaway test data. */
  settings?: Record<string, string>;
};

/** The newest installed PostgreSQL's bin folder (Debian's /usr/lib/postgresql/N/bin). */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions)
    if (fs.existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  throw new Error(
    'PostgreSQL is not installed: apt-get install -y postgresql (initdb and pg_ctl are needed)',
  );
}

/** Whether a cluster can be started here. */
export function hasPostgres(): boolean {
  try {
    postgresBinDir();
    return true;
  } catch {
    return false;
  }
}

/** Runs a PostgreSQL program, as `postgres` when this process is root. */
function asOwner(program: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args];
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${path.basename(program)} failed: ${(r.stderr || r.stdout).trim().slice(0, 500)}`);
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Starts a cluster of its own: C collation (text sorts as on SQLite), UTF-8, superuser `postgres`. */
export async function startCluster(options: ClusterOptions = {}): Promise<Cluster> {
  const bin = postgresBinDir();
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
  asOwner(path.join(bin, 'initdb'), [
    '-D',
    data,
    ...auth,
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  const port = await freePort();
  const settings = Object.entries(options.settings ?? {})
    .map(([k, v]) => ` -c ${k}=${v}`)
    .join('');
  asOwner(path.join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-l',
    path.join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${settings}`,
    'start',
  ]);
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

/** The psql of the cluster's version, with no ~/.psqlrc and stopping at the first error. */
export function psqlArgs(url: string): { cmd: string; args: string[] } {
  return { cmd: path.join(postgresBinDir(), 'psql'), args: ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', url] };
}

/** Runs SQL through psql (a statement such as CREATE DATABASE, which cannot run in a transaction). */
export function psql(url: string, statement: string): string {
  const { cmd, args } = psqlArgs(url);
  const r = spawnSync(cmd, [...args, '-A', '-t', '-c', statement], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`psql failed: ${(r.stderr || r.stdout).trim().slice(0, 500)}`);
  return r.stdout.trim();
}
