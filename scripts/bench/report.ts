// The bench's table: each figure a ratio measured side by side, with min/median/max over runs.
import { median } from '../lib/load';

export type Figure = {
  name: string;
  how: string;
  /** Ratios (or values) from each run. */
  runs: number[];
  unit: 'ratio' | 'KB' | 'MB' | 'score';
  /** None for a row shown as information. */
  target?: { op: '<=' | '>='; value: number };
  detail?: string;
  skipped?: string;
};

export function met(f: Figure): boolean | null {
  if (f.skipped || f.runs.length === 0 || !f.target) return null;
  const m = median(f.runs);
  return f.target.op === '<=' ? m <= f.target.value : m >= f.target.value;
}

const fmt = (v: number, unit: Figure['unit']) =>
  unit === 'ratio' ? `${v.toFixed(2)}×` : unit === 'score' ? v.toFixed(2) : `${v.toFixed(1)} ${unit}`;

export function printTable(figures: Figure[], context: string): void {
  const rows = figures.map((f) => {
    const target = f.target ? `${f.target.op} ${fmt(f.target.value, f.unit)}` : '—';
    if (f.skipped) return [f.name, '—', '—', '—', target, `skipped: ${f.skipped}`];
    const s = [...f.runs].sort((a, b) => a - b);
    const verdict = f.target ? (met(f) ? 'met' : 'NOT met') : 'information';
    return [
      f.name,
      fmt(s[0], f.unit),
      fmt(median(s), f.unit),
      fmt(s[s.length - 1], f.unit),
      target,
      `${verdict}${f.detail ? ` — ${f.detail}` : ''}`,
    ];
  });
  const head = ['figure', 'min', 'median', 'max', 'target', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n${context}\n`);
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
}
