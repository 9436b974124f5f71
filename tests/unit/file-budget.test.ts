// The file budget (at the 110-column layout `npm run lint` keeps): every tracked
// TypeScript file stays within 150 lines, so a newcomer reads any one of them in one sitting.
// Generated migrations are not ours to shape.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const MAX_LINES = 150;

/** Files where one list is the point and splitting it would scatter it, each with its reason. */
const EXEMPT: Record<string, string> = {
  'lib/common-passwords.ts': 'data: the refused-password list, one entry a line',
  'db/schema.ts': 'the SQLite tables, one place drizzle-kit reads to generate migrations',
  'db/postgres/schema.ts': "the PostgreSQL twin of db/schema.ts, column for column, drizzle-kit's input",
};

const lineCount = (file: string) => fs.readFileSync(path.join(root, file), 'utf8').split('\n').length - 1;

const tracked = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.mts'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file !== '' && !/(^|\/)migrations/.test(file) && fs.existsSync(path.join(root, file)));

describe('file budget', () => {
  test(`tracked .ts, .tsx and .mts files stay within ${MAX_LINES} lines unless exempt`, () => {
    const listed = new Set(Object.keys(EXEMPT));
    const over = tracked
      .filter((file) => !listed.has(file) && lineCount(file) > MAX_LINES)
      .map((file) => `${file}: ${lineCount(file)} lines`);
    expect(over).toEqual([]);
  });

  test('every exempt file still exists and is still over the budget', () => {
    const stale = Object.keys(EXEMPT).filter(
      (file) => !tracked.includes(file) || lineCount(file) <= MAX_LINES,
    );
    expect(stale).toEqual([]);
  });
});
