// `npm run db:backup` on PostgreSQL: pg_dump's custom format, which reads one consistent snapshot
// while the servers keep writing, and restores with pg_restore (README "Running on PostgreSQL").
// The copy is checked by listing it with pg_restore before it is put in place.
import { spawnSync } from 'node:child_process';

export type PostgresBackup = { tables: number; bytes: number };

function run(program: string, args: string[]): string {
  const r = spawnSync(program, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error)
    throw new Error(
      `${program} could not run (${(r.error as NodeJS.ErrnoException).code}); install the PostgreSQL client programs`,
    );
  if (r.status !== 0) throw new Error(`${program} failed: ${(r.stderr || r.stdout).trim().split('\n')[0]}`);
  return r.stdout;
}

/** Dumps the database at `url` into `target` (custom format) and checks that it lists every table's data. */
export function backupPostgres(url: string, target: string): PostgresBackup {
  run('pg_dump', ['--format=custom', '--no-owner', '--file', target, '--dbname', url]);
  const listing = run('pg_restore', ['--list', target]);
  const tables = listing.split('\n').filter((line) => / TABLE DATA public /.test(line)).length;
  if (!/ TABLE DATA public pledges /.test(listing)) throw new Error('the copy holds no pledges table data');
  const bytes = Number(spawnSync('stat', ['-c', '%s', target], { encoding: 'utf8' }).stdout.trim());
  return { tables, bytes };
}
