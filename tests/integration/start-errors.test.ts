import { describe, test, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../support/temp-db';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Runs `npm start`'s script with a bad environment; it must stop before building or serving. */
function start(env: Record<string, string>) {
  const r = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      '--conditions=react-server',
      'scripts/start.ts',
    ],
    {
      cwd: root,
      env: { ...process.env, PORT: '1', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  const lines = r.stderr.trim().split('\n').filter(Boolean);
  return { status: r.status, lines, stdout: r.stdout };
}

describe('npm start refuses a bad database with one clear line', () => {
  test('a DATABASE_URL that is neither a SQLite file nor a PostgreSQL URL', () => {
    const r = start({ DATABASE_URL: 'mysql://localhost/pledges' });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(
      /DATABASE_URL must be a SQLite file URL .* or a PostgreSQL URL .*mysql:\/\/localhost\/pledges/,
    );
  });

  test('a corrupt database file is reported and left untouched', () => {
    const file = path.join(tempDir(), 'pledges.db');
    const garbage = Buffer.from('this is not a sqlite database, it is a text file '.repeat(200));
    fs.writeFileSync(file, garbage);
    const r = start({ DATABASE_URL: `file:${file}` });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toContain(file);
    expect(r.lines[0]).toMatch(/not a readable SQLite database/);
    expect(fs.readFileSync(file).equals(garbage)).toBe(true);
  });

  test('a data directory that cannot be created', () => {
    const blocker = path.join(tempDir(), 'not-a-dir');
    fs.writeFileSync(blocker, 'a file where the directory should be');
    const r = start({ DATABASE_URL: `file:${blocker}/pledges.db` });
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/cannot open database file .*not-a-dir\/pledges.db/);
  });

  test('a bad PORT', () => {
    const r = start({ PORT: 'eighty', DATABASE_URL: `file:${path.join(tempDir(), 'p.db')}` });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual(['aid-pledge-tracker: PORT must be a port number (got "eighty")']);
  });

  test('a TRUST_PROXY that is neither 1 nor 0', () => {
    const r = start({ TRUST_PROXY: 'yes', DATABASE_URL: `file:${path.join(tempDir(), 'p.db')}` });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      'aid-pledge-tracker: TRUST_PROXY must be 1 (behind a proxy that appends X-Forwarded-For) or 0 (got "yes")',
    ]);
  });

  test('a SHARED_CACHE_SECONDS that is not a whole number of seconds', () => {
    const r = start({ SHARED_CACHE_SECONDS: '0', DATABASE_URL: `file:${path.join(tempDir(), 'p.db')}` });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      'aid-pledge-tracker: SHARED_CACHE_SECONDS must be a whole number of seconds from 1 to 86400 (got "0")',
    ]);
  });

  test('a NEXTAUTH_URL that is not the address of a site', () => {
    const r = start({
      NEXTAUTH_URL: 'aid.example.org',
      DATABASE_URL: `file:${path.join(tempDir(), 'p.db')}`,
    });
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      'aid-pledge-tracker: NEXTAUTH_URL must be the site\'s address, such as https://aid.example.org (got "aid.example.org")',
    ]);
  });
});
