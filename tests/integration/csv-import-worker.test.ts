// The CLI's bulk load (rows read in a worker thread, a rollback journal while it runs) writes
// exactly what the in-process import writes, refuses what it refuses, and leaves WAL behind.
import { test, expect, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import { useTempDatabase, tempDir } from '../support/temp-db';
import { describeSqliteOnly } from '../support/engine';
import { closeDb } from '../../db/sqlite/client';
import { generateSynthetic } from '../../db/fixtures/synthetic.sqlite';
import { pledgeExportRecords } from '../../db/csv-export/plan';
import { importPledgesFile } from '../../db/csv-import/import';
import { csvStream } from '../../app/export/[file]/csv-stream';
import { PLEDGE_COLUMNS } from '../../lib/csv/columns';
import { EMPTY_FILTERS } from '../../lib/filters';

const root = path.resolve(import.meta.dirname, '..', '..');
const dir = tempDir('csv-import-worker-');
let file: string;

/** What an import wrote, timestamps aside (they differ by when each run happened). */
function contents(dbFile: string) {
  const db = new Database(dbFile, { readonly: true });
  try {
    return {
      journal: db.pragma('journal_mode', { simple: true }),
      indexes: db.prepare(`select name, sql from sqlite_master where type = 'index' order by name`).all(),
      pledges: db
        .prepare(`select id, external_id, donor_id, recipient_id, title, description, category, instrument, stage, kind,
        is_lower_bound, parent_id, amount, currency, amount_usd, fx_rate, fx_date, fx_source, announced_on, date_precision,
        retracted_at, version, created_by, updated_by from pledges order by id`)
        .all(),
      links: db.prepare('select * from pledge_sources order by pledge_id, position').all(),
      revisions: db
        .prepare(
          'select id, pledge_id, action, actor_id, actor_label, reason, changes, version from revisions order by id',
        )
        .all(),
      parties: db.prepare('select id, slug, name, kind from parties order by id').all(),
      sources: db
        .prepare('select id, url, publisher, title, published_on, accessed_on from sources order by id')
        .all(),
    };
  } finally {
    db.close();
  }
}

function cli(target: string, csv: string) {
  return spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/import.ts',
      csv,
    ],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `file:${target}` },
    },
  );
}

describeSqliteOnly('the CLI bulk load into an empty database (SQLite only)', () => {
  beforeAll(async () => {
    useTempDatabase();
    generateSynthetic({ count: 600, seed: 7 });
    file = path.join(dir, 'pledges.csv');
    fs.writeFileSync(
      file,
      await new Response(csvStream(PLEDGE_COLUMNS, pledgeExportRecords(EMPTY_FILTERS), false)).text(),
    );
    closeDb();
  });

  test('writes the same pledges, links, revisions, parties and sources as the in-process import', async () => {
    const inProcess = useTempDatabase();
    const report = await importPledgesFile(file, { name: file });
    expect(report).toMatchObject({ ok: true, updated: 0 });
    expect(report.created).toBeGreaterThan(500);
    closeDb();
    const bulk = path.join(dir, 'bulk.db');
    const r = cli(bulk, file);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain(`created ${report.created},`);
    const expected = contents(inProcess);
    expect(expected.pledges.some((p) => (p as { parent_id: number | null }).parent_id !== null)).toBe(true);
    expect(contents(bulk)).toEqual(expected);
    expect(contents(bulk).journal).toBe('wal');
  });

  test('refuses a file with a bad row further down, writing nothing, and names its line', () => {
    const lines = fs.readFileSync(file, 'utf8').split('\r\n');
    lines[450] = lines[450].replace(/,(financial|military|humanitarian|reconstruction|other),/, ',weapons,');
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, lines.join('\r\n'));
    const target = path.join(dir, 'refused.db');
    const r = cli(target, bad);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stderr).toContain('line 451, column category');
    const after = contents(target);
    expect([after.pledges.length, after.links.length, after.revisions.length, after.journal]).toEqual([
      0,
      0,
      0,
      'wal',
    ]);
  });
});
