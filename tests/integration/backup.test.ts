import { describe, test, expect, beforeAll } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { useTempDatabase, tempDir } from '../support/temp-db';
import { describeSqliteOnly, onTestPostgres } from '../support/engine';
import { seedIfEmpty } from '../../db/fixtures/seed';
import { generateSynthetic } from '../../db/fixtures/synthetic.sqlite';
import { createPledge } from '../../db/pledges/writes';
import { checkDatabaseFile, dumpDataTables } from '../../db/sqlite/check';

const root = path.resolve(import.meta.dirname, '..', '..');
let dbFile: string;

function backup(target: string, extra: string[] = []): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        '--conditions=react-server',
        'scripts/backup.ts',
        target,
        ...extra,
      ],
      {
        cwd: root,
        env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
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
  if (onTestPostgres()) return;
  dbFile = useTempDatabase();
  await seedIfEmpty();
  generateSynthetic({ count: 20_000, seed: 7 });
});

describeSqliteOnly(
  'npm run db:backup on a SQLite file (SQLite only: the backup API; PostgreSQL: backup-postgres.test.ts)',
  () => {
    test('copies online while another connection keeps writing, and the copy restores', async () => {
      const target = path.join(tempDir(), 'backup.db');
      const running = backup(target);
      // Keep writing from this process while the backup runs.
      let written = 0;
      const writer = setInterval(async () => {
        await createPledge(
          {
            donor: 'Japan',
            recipient: 'Ukraine',
            title: `During backup ${written}`,
            category: 'other',
            stage: 'announced',
          },
          { id: null, label: 'backup test' },
        );
        written++;
      }, 5);
      const { code, out } = await running;
      clearInterval(writer);
      expect(out).toMatch(/integrity ok/);
      expect(code).toBe(0);
      expect(written).toBeGreaterThan(0);

      const copy = checkDatabaseFile(target);
      expect(copy.integrity).toBe('ok');
      expect(copy.orphans).toBe(0);
      expect(copy.pledges).toBeGreaterThanOrEqual(20_005);

      // Restore into a fresh directory; a second backup of the now-quiet database equals it row for row.
      const restored = path.join(tempDir(), 'restored', 'pledges.db');
      fs.mkdirSync(path.dirname(restored));
      fs.copyFileSync(target, restored);
      const quiet = path.join(tempDir(), 'quiet.db');
      expect((await backup(quiet)).code).toBe(0);
      const live = dumpDataTables(quiet);
      const back = dumpDataTables(restored);
      expect(back.pledges.length).toBeLessThanOrEqual(live.pledges.length);
      expect(live.pledges.slice(0, back.pledges.length)).toEqual(back.pledges);
      expect(back.fx_rates).toEqual(live.fx_rates);
    });

    test('refuses to overwrite an existing file without --force', async () => {
      const target = path.join(tempDir(), 'exists.db');
      fs.writeFileSync(target, 'keep me');
      const r = await backup(target);
      expect(r.code).toBe(1);
      expect(r.out.trim()).toMatch(/already exists; pass --force/);
      expect(fs.readFileSync(target, 'utf8')).toBe('keep me');
    });
  },
);
