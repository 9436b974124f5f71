import { describe, test, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

describe('npm run bench (smoke: it runs and reports every figure; the numbers are not judged here)', () => {
  test('prints each figure of the table as JSON on a small dataset', () => {
    const r = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
        '--conditions=react-server',
        'scripts/bench.ts',
        '--rows',
        '3000',
        '--runs',
        '1',
        '--seconds',
        '1',
        '--json',
      ],
      { cwd: root, encoding: 'utf8', timeout: 480_000, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('{')));
    expect(report.context).toMatch(/3,000 pledges/);
    const names = report.figures.map((f: { name: string }) => f.name);
    expect(names).toEqual([
      'series query',
      'dashboard growth',
      'cached dashboard',
      'uncached dashboard',
      'CSV export',
      'CSV export memory',
      'filtered view',
      'filtered view, slowest',
      'series API',
      'first view after start',
      'CSV import',
      'CSV import, same writes',
      'first-load JS',
      'Lighthouse',
    ]);
    for (const f of report.figures) {
      if (f.skipped) expect(f.skipped).toMatch(/sqlite3|nginx/);
      else {
        expect(f.runs.length).toBeGreaterThan(0);
        for (const v of f.runs) expect(Number.isFinite(v) && v >= 0).toBe(true);
        expect(typeof f.met).toBe(f.target ? 'boolean' : 'object');
      }
    }
  }, 540_000);
});
