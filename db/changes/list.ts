// The public change feed: every revision, newest first, keyed on (at, id) so a cursor never skips
// or repeats a change while others are written (a new one sorts before every cursor handed out).
import { desc } from 'drizzle-orm';
import { read, type Tx } from '../connection';
import { revisions } from '../tables';
import type { Changes } from '../pledges/revisions';
import { partiesBySlugs } from '../pledges/parties';
import { changesWhere, selectChangeRows } from './where';
import { replayUpTo } from './histories';
import { changeEffect, changeKind, type ChangeKind, type EffectDelta } from '../../lib/changes-effect';
import type { ChangeCursor, ChangeFilters } from '../../lib/changes-params';
import { partySlugsOf } from '../../lib/revision-changes';
import type { RevisionAction } from '../../lib/domain';

type PartyName = { slug: string; name: string };
export type ChangeView = {
  id: number;
  pledgeId: number;
  action: RevisionAction;
  kind: ChangeKind;
  actorLabel: string;
  at: string;
  reason: string | null;
  version: number;
  changes: Changes;
  /** The pledge as it is now. */
  title: string;
  donor: PartyName;
  recipient: PartyName;
  /** The pledge's currency after the change: what an amount that kept its currency is in. */
  currency: string | null;
  /** What the change did to its donor's totals, in US cents per line. */
  effect: EffectDelta[];
};
export type ChangePage = { rows: ChangeView[]; next: ChangeCursor | null };

/** The rows of one query with their kind, effect and currency worked out from the histories. */
export async function viewsOf(
  db: Tx,
  found: Awaited<ReturnType<typeof selectChangeRows>>,
): Promise<ChangeView[]> {
  if (found.length === 0) return [];
  const replayed = await replayUpTo(
    db,
    found.map((r) => r.pledgeId),
    Math.max(...found.map((r) => r.id)),
  );
  return found.map((r) => {
    const changes = JSON.parse(r.changes) as Changes;
    const states = replayed.get(r.id) ?? { before: null, after: changes };
    const currency = states.after.currency;
    return {
      id: r.id,
      pledgeId: r.pledgeId,
      action: r.action,
      kind: changeKind(r.action, changes),
      actorLabel: r.actorLabel,
      at: r.at,
      reason: r.reason,
      version: r.version,
      changes,
      title: r.title,
      donor: { slug: r.donorSlug, name: r.donorName },
      recipient: { slug: r.recipientSlug, name: r.recipientName },
      currency: typeof currency === 'string' ? currency : null,
      effect: changeEffect(states.before, states.after),
    };
  });
}

export async function listChanges(
  filters: ChangeFilters,
  options: { cursor?: ChangeCursor | null; limit: number },
): Promise<ChangePage> {
  return read(async (db) => {
    // One extra row says whether an older page follows.
    const found = await selectChangeRows(db, changesWhere(filters, options.cursor ?? null))
      .orderBy(desc(revisions.at), desc(revisions.id))
      .limit(options.limit + 1);
    const rows = await viewsOf(db, found.slice(0, options.limit));
    const last = rows.at(-1);
    return { rows, next: found.length > options.limit && last ? { at: last.at, id: last.id } : null };
  });
}

/** Party names for the slugs changes record (moved donors, effect rows) and any others, looked up at once. */
export async function changePartyNames(
  list: { changes: Changes; effect: EffectDelta[] }[],
  slugs: string[] = [],
): Promise<Record<string, string>> {
  const wanted = new Set([...partySlugsOf(list), ...slugs]);
  for (const c of list) for (const d of c.effect) wanted.add(d.donor);
  const found = await read((db) => partiesBySlugs([...wanted], db));
  return Object.fromEntries(found.map((p) => [p.slug, p.name]));
}
