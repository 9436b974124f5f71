// The two rules db/README.md states, read from the code: outside db/, code imports a module's entry
// (`@/db/pledges`), never a file inside a folder; and only db/sqlite/ and *.sqlite.ts files reach
// the SQLite driver (import better-sqlite3 or call getSqlite()), and only db/postgres/ the PostgreSQL one.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', '.next', '.git', 'data', 'test-results', 'tests']);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts|mjs)$/.test(e.name) ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}
const files = sourceFiles(root);
const specifiers = (source: string) =>
  [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"\s]+)['"]/g)].map((m) => m[1]);

describe('db/ boundaries', () => {
  test('outside db/, imports name a module of db/ (its folder or a top-level file), never a file inside a folder', () => {
    const reaching = files
      .filter((f) => !f.startsWith('db/'))
      .flatMap((file) =>
        specifiers(fs.readFileSync(path.join(root, file), 'utf8'))
          .map((spec) =>
            spec.startsWith('.')
              ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec))
              : spec.replace(/^@\//, ''),
          )
          .filter((target) => /^db\/[^/]+\/.+/.test(target) && !/^db\/migrations/.test(target))
          .map((target) => `${file} → ${target}`),
      );
    expect(reaching).toEqual([]);
  });

  test('only db/sqlite/ and *.sqlite.ts files reach the SQLite driver', () => {
    const driver = files
      .filter((file) => !file.startsWith('db/sqlite/') && !file.endsWith('.sqlite.ts'))
      .filter((file) =>
        /from\s+['"]better-sqlite3['"]|\bgetSqlite\s*\(/.test(fs.readFileSync(path.join(root, file), 'utf8')),
      );
    expect(driver).toEqual([]);
  });

  test('only db/postgres/ reaches the PostgreSQL driver', () => {
    const driver = files
      .filter((file) => !file.startsWith('db/postgres/'))
      .filter((file) =>
        /from\s+['"]pg['"]|from\s+['"]drizzle-orm\/node-postgres/.test(
          fs.readFileSync(path.join(root, file), 'utf8'),
        ),
      );
    expect(driver).toEqual([]);
  });
});
