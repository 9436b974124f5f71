// The bench's command line (scripts/bench.ts): --rows, --runs, --seconds, --engine, --json and
// --only, read once; a value that is not one of theirs stops the bench with one line.
import { fail } from '../lib/prepare';

export type BenchArgs = {
  rows: number;
  runs: number;
  seconds: number;
  json: boolean;
  engine: 'sqlite' | 'postgres';
  /** --only's words, or null to measure every figure. */
  only: string[] | null;
};

export function readBenchArgs(args: string[]): BenchArgs {
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    if (at === -1) return fallback;
    const n = Number(String(args[at + 1]).replace(/[,_]/g, ''));
    if (!Number.isInteger(n) || n < 1) fail(`${name} needs a positive whole number`);
    return n;
  };
  const rows = option('--rows', 1_000_000);
  const runs = option('--runs', 3);
  const seconds = option('--seconds', 10);
  const json = args.includes('--json');
  const engine = args.includes('--engine') ? String(args[args.indexOf('--engine') + 1] ?? '') : 'sqlite';
  if (engine !== 'sqlite' && engine !== 'postgres') fail('--engine is sqlite (the default) or postgres');
  const only = args.includes('--only')
    ? String(args[args.indexOf('--only') + 1] ?? '')
        .split(',')
        .map((w) => w.trim())
        .filter(Boolean)
    : null;
  if (only?.length === 0)
    fail('--only needs words of figures\' names, e.g. --only cached or --only "cached,uncached"');
  return { rows, runs, seconds, json, engine, only };
}

const wordIn = (word: string, name: string) =>
  new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(name);

/** Whether a row is measured: its name (the table's) holds one of --only's words, as a whole word. */
export const wantedBy =
  (only: string[] | null) =>
  (...names: string[]): boolean =>
    only === null || names.some((n) => only.some((w) => wordIn(w, n)));
