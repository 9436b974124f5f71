// Figure: Lighthouse's performance score of `/` (its default, mobile settings: a mid-range phone on a
// slow 4G link, simulated), with Debian's Chromium, on the seeded data a new install serves.
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { Figure } from './report';

/** One Lighthouse run of `url` in a process of its own (scripts/bench/lighthouse-run.mjs says why). */
export function lighthouseRun(url: string): { score: number; tbtMs: number; lcpMs: number } {
  const out = execFileSync(process.execPath, [path.join(import.meta.dirname, 'lighthouse-run.mjs'), url], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  return JSON.parse(out.trim().split('\n').at(-1) ?? '');
}

export async function lighthouseFigure(baseUrl: string, runs: number): Promise<Figure> {
  const figure: Figure = {
    name: 'Lighthouse',
    how: 'performance score of / (mobile preset, Chromium, seeded data)',
    runs: [],
    unit: 'score',
    target: { op: '>=', value: 0.9 },
  };
  let last = { tbtMs: 0, lcpMs: 0 };
  for (let i = 0; i < runs; i++) {
    const run = lighthouseRun(`${baseUrl}/`);
    figure.runs.push(run.score);
    last = run;
  }
  figure.detail = `last run: total blocking time ${Math.round(last.tbtMs)} ms, largest contentful paint ${(last.lcpMs / 1000).toFixed(1)} s`;
  return figure;
}
