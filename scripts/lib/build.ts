// Builds the Next.js app when there is no build or a source file is newer than it.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const SOURCES = [
  'app',
  'db',
  'lib',
  'public',
  'auth.ts',
  'auth-options.ts',
  'auth-roles.ts',
  'proxy.ts',
  'next.config.ts',
  'package.json',
  'tsconfig.json',
  'postcss.config.mjs',
];
const SKIP = new Set(['node_modules', '.next', 'data', 'migrations']);

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    if (!SKIP.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function buildIsStale(root = process.cwd()): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(path.join(root, s)) > built);
}

/** Runs `next build` when stale; returns false (after printing why) when the build fails. */
export function ensureBuild(root = process.cwd()): boolean {
  if (!buildIsStale(root)) return true;
  console.log('Building the app (no build yet, or sources changed since the last one)…');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  return result.status === 0;
}
