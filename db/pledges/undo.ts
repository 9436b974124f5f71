// Undo on the record: un-retracting a pledge, and restoring the fields of an earlier version. Each
// is a revision of its own (actions 'unretract' and 'restore'), so the history keeps what was
// undone, by whom and why; nothing earlier is rewritten.
import { eq } from 'drizzle-orm';
import { one, writeTransaction, type Tx } from '../connection';
import { parties } from '../tables';
import { loadFxTable } from '../fx';
import { conversionFor, loadForWrite, parsePledge, pledgeToInput, snapshot, updatePledgeIn } from './writes';
import type { PledgeView } from './read';
import type { Actor } from './revisions';
import { DATE_FIELDS } from '../../lib/stage-dates';
import type { PledgeInput } from '../../lib/pledge-schema';
import { ValidationError } from '../../lib/validation';
import type { FxTable } from '../../lib/fx';

/** The revision snapshot of the pledge as it stood at `version`: today's, with every later change undone. */
export function snapshotAt(current: PledgeView, version: number): Record<string, unknown> | null {
  if (!Number.isSafeInteger(version) || version < 1 || version > current.version) return null;
  const state = snapshot(current);
  for (const r of [...current.revisions].reverse()) {
    if (r.version <= version) break;
    for (const [field, [before]] of Object.entries(r.changes)) state[field] = before;
  }
  return state;
}

async function partyName(
  tx: Tx,
  slug: unknown,
  field: 'donor' | 'recipient',
  version: number,
): Promise<string> {
  const party =
    typeof slug === 'string' ? await one(tx.select().from(parties).where(eq(parties.slug, slug))) : undefined;
  if (!party)
    throw new ValidationError({
      [field]: [
        `the ${field} of version ${version} is no longer a party of the tracker; edit the pledge instead`,
      ],
    });
  return party.name;
}

/** The restored version's rate when an editor had entered it: when it is not the automatic rate. */
function editorRateAt(
  current: PledgeView,
  patch: Record<string, unknown>,
  rate: unknown,
  table: FxTable,
): number | null {
  if (typeof rate !== 'number') return null;
  try {
    const automatic = conversionFor(
      parsePledge({ ...pledgeToInput(current), ...patch, fxRate: null }),
      table,
    );
    return automatic && automatic.fxRate === rate ? null : rate;
  } catch {
    return rate; // no automatic rate for that currency and month: it can only have been entered
  }
}

const RESTORED_FIELDS = [
  'externalId',
  'title',
  'description',
  'category',
  'instrument',
  'stage',
  'kind',
  'isLowerBound',
  'parentId',
  'amount',
  'currency',
  'announcedOn',
  'datePrecision',
  ...DATE_FIELDS,
] as const satisfies readonly (keyof PledgeInput)[];

/**
 * Brings back every field of the pledge as it stood at `version` (its sources stay as they are:
 * a source is a document of its own, corrected where it is cited). The exchange rate is kept only
 * when it differs from the automatic one, i.e. when an editor had entered it.
 */
export async function restorePledgeVersion(
  id: number,
  version: number,
  expectedVersion: number | null,
  actor: Actor,
  note?: string | null,
): Promise<PledgeView> {
  return writeTransaction(async (tx) => {
    const current = await loadForWrite(tx, id, expectedVersion);
    if (current.retractedAt)
      throw new ValidationError({
        _: [`pledge ${id} is retracted; un-retract it before restoring a version`],
      });
    const state = snapshotAt(current, version);
    if (!state)
      throw new ValidationError({
        version: [`version ${version} is not a version of pledge ${id} (1 to ${current.version})`],
      });
    if (version === current.version)
      throw new ValidationError({ version: [`version ${version} is the current version`] });
    const patch: Record<string, unknown> = Object.fromEntries(
      RESTORED_FIELDS.map((k) => [k, state[k] ?? null]),
    );
    patch.donor = await partyName(tx, state.donor, 'donor', version);
    patch.recipient = await partyName(tx, state.recipient, 'recipient', version);
    patch.fxRate = editorRateAt(current, patch, state.fxRate, await loadFxTable());
    const reason = [`Restored version ${version}`, note?.trim()].filter(Boolean).join(': ');
    return updatePledgeIn(tx, id, patch as Partial<PledgeInput>, current.version, actor, reason, 'restore');
  });
}
