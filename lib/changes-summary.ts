// The effect of many changes on the totals, per donor and stage line, each figure with the kinds of
// change behind it: "Japan committed +$1.04B: 2 new pledges (+$1.05B), 1 correction (−$5.0M)".
// The /changes page and /api/v1/changes/summary both build their rows and sentences here.
import {
  CHANGE_KIND_LABELS,
  CHANGE_KINDS,
  EFFECT_LINES,
  type ChangeKind,
  type EffectDelta,
  type EffectLine,
} from './changes-effect';
import { compactMoney } from './format';

export type EffectPart = { kind: ChangeKind; count: number; cents: number };
export type EffectRow = { donor: string; line: EffectLine; cents: number; parts: EffectPart[] };

/** Sums each change's deltas per (donor, line); a change counts once in each figure it moved. */
export function summariseEffects(changes: { kind: ChangeKind; effect: EffectDelta[] }[]): EffectRow[] {
  const rows = new Map<string, EffectRow>();
  for (const { kind, effect } of changes) {
    for (const d of effect) {
      const key = `${d.donor}\n${d.line}`;
      const row = rows.get(key) ?? { donor: d.donor, line: d.line, cents: 0, parts: [] };
      row.cents += d.cents;
      const part = row.parts.find((p) => p.kind === kind);
      if (part) {
        part.count++;
        part.cents += d.cents;
      } else row.parts.push({ kind, count: 1, cents: d.cents });
      rows.set(key, row);
    }
  }
  const out = [...rows.values()];
  for (const row of out)
    row.parts.sort((a, b) => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind));
  // Text order is the code-point order of the slugs on both engines (no locale).
  return out.sort((a, b) =>
    a.donor === b.donor
      ? EFFECT_LINES.indexOf(a.line) - EFFECT_LINES.indexOf(b.line)
      : a.donor < b.donor
        ? -1
        : 1,
  );
}

/** "+$1.04B", "−$5.0M", "±$0" (a figure whose changes cancel out). */
export function signedMoney(cents: number): string {
  const sign = cents > 0 ? '+' : cents < 0 ? '−' : '±';
  return `${sign}${compactMoney(Math.abs(cents), 'USD')}`;
}

const LINE_WORDS: Record<EffectLine, string> = {
  committed: 'committed',
  allocated: 'allocated',
  disbursed: 'disbursed',
  announced: 'announced (not yet committed)',
  cancelled: 'cancelled',
};

/** One row as a sentence, the donor by the name people read. */
export function effectSentence(row: EffectRow, donorName: string): string {
  const parts = row.parts.map((p) => {
    const words = CHANGE_KIND_LABELS[p.kind];
    return `${p.count} ${p.count === 1 ? words.one : words.many} (${signedMoney(p.cents)})`;
  });
  return `${donorName} ${LINE_WORDS[row.line]} ${signedMoney(row.cents)}: ${parts.join(', ')}`;
}
