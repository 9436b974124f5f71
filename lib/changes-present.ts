// The change feed as API JSON (lib/changes-api.ts): money as exact decimals and US cents, each
// changed field as the pledge page shows it (lib/revision-changes.ts).
import type { z } from 'zod';
import type { ChangeView } from '../db/changes';
import type { ChangeFilters } from './changes-params';
import type { changeOut, changeSummaryOut } from './changes-api';
import type { EffectRow } from './changes-summary';
import { effectSentence } from './changes-summary';
import type { EffectDelta } from './changes-effect';
import { describeChanges } from './revision-changes';
import { minorToDecimal } from './money';

export type PartyNames = Record<string, string>;
const usd = (cents: number) => ({ amount: minorToDecimal(cents, 'USD'), amountMinor: cents });
const partyOf = (slug: string, names: PartyNames) => ({ slug, name: names[slug] ?? slug });

export function presentEffect(d: EffectDelta, names: PartyNames) {
  return { donor: partyOf(d.donor, names), line: d.line, ...usd(d.cents) };
}

export function presentChange(c: ChangeView, names: PartyNames, site: string): z.output<typeof changeOut> {
  return {
    id: c.id,
    kind: c.kind,
    action: c.action,
    at: c.at,
    actor: c.actorLabel,
    reason: c.reason,
    version: c.version,
    pledge: { id: c.pledgeId, title: c.title, url: `${site}/pledges/${c.pledgeId}` },
    donor: c.donor,
    recipient: c.recipient,
    fields: describeChanges(c.changes, { partyName: (s) => names[s], currency: c.currency }),
    changes: c.changes,
    effect: c.effect.map((d) => presentEffect(d, names)),
  };
}

export function presentChangeSummary(
  filters: ChangeFilters,
  summary: { rows: EffectRow[]; changeCount: number },
  names: PartyNames,
): z.output<typeof changeSummaryOut> {
  return {
    since: filters.since,
    until: filters.until,
    currency: 'USD',
    changeCount: summary.changeCount,
    rows: summary.rows.map((r) => ({
      ...presentEffect({ donor: r.donor, line: r.line, cents: r.cents }, names),
      sentence: effectSentence(r, names[r.donor] ?? r.donor),
      parts: r.parts.map((p) => ({ kind: p.kind, count: p.count, ...usd(p.cents) })),
    })),
  };
}
