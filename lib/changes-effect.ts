// What one revision did to the totals: the pledge's state before and after it (replayed from its
// history), each counted by the counting rules (lib/counting.ts addBucket) in US cents, and the
// difference per donor and stage. The change feed (db/changes/) and its summary use this one place.
import { addBucket, ZERO_TOTALS, type Totals } from './counting';
import { PLEDGE_KINDS, STAGES, type PledgeKind, type RevisionAction, type Stage } from './domain';
import { parseAmount } from './money';

/** A pledge as a revision snapshot records it (db/pledges/pledge-snapshot.ts `snapshot`). */
export type PledgeState = Record<string, unknown>;
type Changes = Record<string, [unknown, unknown]>;

/** The figures a change can move, in the order the summary lists them. */
export const EFFECT_LINES = ['committed', 'allocated', 'disbursed', 'announced', 'cancelled'] as const;
export type EffectLine = (typeof EFFECT_LINES)[number];

/** What a change was, as the feed names it: a cancellation is a correction that reaches `cancelled`. */
export const CHANGE_KINDS = ['create', 'correction', 'cancellation', 'retraction', 'unretraction'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const CHANGE_KIND_LABELS: Record<ChangeKind, { one: string; many: string }> = {
  create: { one: 'new pledge', many: 'new pledges' },
  correction: { one: 'correction', many: 'corrections' },
  cancellation: { one: 'cancellation', many: 'cancellations' },
  retraction: { one: 'retraction', many: 'retractions' },
  unretraction: { one: 'un-retraction', many: 'un-retractions' },
};

export function changeKind(action: RevisionAction, changes: Changes): ChangeKind {
  if (action === 'create') return 'create';
  if (action === 'retract') return 'retraction';
  if (action === 'unretract') return 'unretraction';
  const stage = changes.stage;
  return stage && stage[1] === 'cancelled' && stage[0] !== 'cancelled' ? 'cancellation' : 'correction';
}

/** The state after a revision: the one before with each changed field's "after" value. */
export function applyChanges(before: PledgeState | null, changes: Changes): PledgeState {
  const out: PledgeState = { ...(before ?? {}) };
  for (const [field, [, after]] of Object.entries(changes)) out[field] = after;
  return out;
}

const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
  (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;

/** US cents from a snapshot's decimal `amountUsd`; null when there is none (unquantified). */
function usdCents(value: unknown): number | null {
  if (value == null || value === '') return null;
  const parsed = parseAmount(String(value), 'USD');
  return parsed.ok ? parsed.minor : null;
}

/** What one pledge in this state adds to each total, by the counting rules. */
export function countedIn(state: PledgeState | null): Totals {
  if (!state) return { ...ZERO_TOTALS };
  const cents = usdCents(state.amountUsd);
  const quantified = state.amount != null && state.amount !== '';
  return addBucket(
    { ...ZERO_TOTALS },
    {
      stage: pick<Stage>(state.stage, STAGES, 'announced'),
      kind: pick<PledgeKind>(state.kind, PLEDGE_KINDS, 'item'),
      isDrawdown: state.parentId != null,
      retracted: state.retractedAt != null,
      quantified,
      count: 1,
      value: quantified && cents != null ? cents : 0,
      unconverted: quantified && cents == null ? 1 : 0,
    },
  );
}

/** One figure a change moved: the donor (slug) whose total it is, the stage line and the US cents. */
export type EffectDelta = { donor: string; line: EffectLine; cents: number };

/**
 * before → after as differences per donor and line. A change of donor takes the amount out of the
 * old donor's figures and puts it into the new one's.
 */
export function changeEffect(before: PledgeState | null, after: PledgeState): EffectDelta[] {
  const sums = new Map<string, EffectDelta>();
  const add = (state: PledgeState | null, sign: 1 | -1) => {
    if (!state || typeof state.donor !== 'string') return;
    const counted = countedIn(state);
    for (const line of EFFECT_LINES) {
      if (counted[line] === 0) continue;
      const key = `${state.donor}\n${line}`;
      const found = sums.get(key) ?? { donor: state.donor, line, cents: 0 };
      found.cents += sign * counted[line];
      sums.set(key, found);
    }
  };
  add(before, -1);
  add(after, 1);
  return [...sums.values()].filter((d) => d.cents !== 0);
}
