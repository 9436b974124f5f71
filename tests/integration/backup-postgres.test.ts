// npm run db:backup on PostgreSQL (PostgreSQL only): pg_dump's custom format while writes go on,
// and the copy restores with pg_restore into an empty database holding the same rows.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp-db';
import { describePostgresOnly, newTestDatabaseUrl, onTestPostgres, useTestDatabase } from '../support/engine';
import { databaseFingerprint } from '../support/db-fingerprint';
import { seedIfEmpty } from '../../db/fixtures/seed';
import { createPledge } from '../../db/pledges/writes';
import { closeDatabase } from '../../db/connection';

const root = path.resolve(import.meta.dirname, '..', '..');
let url: string;

function backup(target: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        '--conditions=react-server',
        'scripts/backup.ts',
        target,
      ],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: url },
      },
    );
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      out += d;
    });
    child.on('exit', (code) => resolve({ code, out }));
  });
}

beforeAll(async () => {
  if (!onTestPostgres()) return;
  url = await useTestDatabase();
  await seedIfEmpty();
});
afterAll(() => closeDatabase());

describePostgresOnly('npm run db:backup on PostgreSQL (PostgreSQL only)', () => {
  test('dumps while another connection keeps writing, and the dump restores to the same rows', async () => {
    const target = path.join(tempDir(), 'pledges.dump');
    const running = backup(target);
    let written = 0;
    const inFlight = new Set<Promise<unknown>>();
    const writer = setInterval(() => {
      const write = createPledge(
        {
          donor: 'Japan',
          recipient: 'Ukraine',
          title: `During backup ${written}`,
          category: 'other',
          stage: 'announced',
        },
        { id: null, label: 'backup test' },
      ).then(() => {
        written++;
        inFlight.delete(write);
      });
      inFlight.add(write);
    }, 5);
    const { code, out } = await running;
    clearInterval(writer);
    // Writes started before the interval stopped may still be queued for the database: the quiet
    // dump below must come after the last of them.
    await Promise.all(inFlight);
    expect(out).toMatch(/pg_dump custom format, \d+ tables/);
    expect(code).toBe(0);
    expect(fs.statSync(target).size).toBeGreaterThan(0);

    // Once writes stop, a second dump restored into an empty database holds exactly the live rows.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const quiet = path.join(tempDir(), 'quiet.dump');
    expect((await backup(quiet)).code).toBe(0);
    const restored = await newTestDatabaseUrl({ empty: true });
    const r = spawnSync('pg_restore', ['--no-owner', '--dbname', restored, quiet], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(await databaseFingerprint(restored)).toBe(await databaseFingerprint(url));
  });
});
