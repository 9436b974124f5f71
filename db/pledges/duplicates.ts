// "Is this the same as …?": pledges an editor may be about to enter twice. Same donor and
// recipient, US-dollar amount within 5% and announcement within 60 days of the new one.
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { daysBetween, larger } from '../sql-dialect';
import { read } from '../connection';
import { pledges } from '../tables';
import { findPartyByName } from './parties';
import { flatten, selectSummaries, type PledgeSummary } from './read';
import { loadFxTable } from '../fx';
import { convertToUsd } from '../../lib/fx';
import { todayIso } from '../../lib/dates';
import type { PledgeData } from '../../lib/pledge-schema';

export const DUPLICATE_AMOUNT_TOLERANCE = 0.05;
export const DUPLICATE_DAYS = 60;
const PER_TOLERANCE = Math.round(1 / DUPLICATE_AMOUNT_TOLERANCE);

export type DuplicateProbe = {
  donor: string;
  recipient: string;
  /** USD cents of the new pledge, or null for an unquantified one (matches other unquantified ones). */
  amountUsd: number | null;
  announcedOn: string | null;
  excludeId?: number | null;
};

export async function findPossibleDuplicates(probe: DuplicateProbe, limit = 10): Promise<PledgeSummary[]> {
  return read(async (db) => {
    const donor = await findPartyByName(probe.donor, db);
    const recipient = await findPartyByName(probe.recipient, db);
    // A party that does not exist yet has no pledges to duplicate.
    if (!donor || !recipient) return [];
    const amount =
      probe.amountUsd == null
        ? sql`${pledges.amountUsd} is null`
        : // Symmetric: within 5% of the larger of the two, so A~B exactly when B~A. In whole cents
          // (|a − b| × 20 ≤ the larger): PostgreSQL would take a fraction beside a bigint for a bigint.
          sql`abs(${pledges.amountUsd} - ${probe.amountUsd}) * ${sql.raw(String(PER_TOLERANCE))} <= ${larger(pledges.amountUsd, probe.amountUsd)}`;
    const date =
      probe.announcedOn == null
        ? undefined
        : sql`abs(${daysBetween(pledges.announcedOn, probe.announcedOn)}) <= ${DUPLICATE_DAYS}`;
    const rows = await db
      .select({ id: pledges.id })
      .from(pledges)
      .where(
        and(
          eq(pledges.donorId, donor.id),
          eq(pledges.recipientId, recipient.id),
          isNull(pledges.retractedAt),
          amount,
          date,
          probe.excludeId ? ne(pledges.id, probe.excludeId) : undefined,
        ),
      )
      .orderBy(pledges.announcedOn, pledges.id)
      .limit(limit);
    if (rows.length === 0) return [];
    const found = new Map(
      (
        await selectSummaries(
          db,
          inArray(
            pledges.id,
            rows.map((r) => r.id),
          ),
        )
      ).map((r) => [r.pledge.id, flatten(r)]),
    );
    return rows.map((r) => found.get(r.id)).filter((p): p is PledgeSummary => !!p);
  });
}

/** Possible duplicates of a validated pledge, converting its amount the way saving would. */
export async function findDuplicatesOf(
  data: PledgeData,
  excludeId?: number | null,
): Promise<PledgeSummary[]> {
  let amountUsd: number | null = null;
  if (data.amount != null && data.currency) {
    const onDate = data.announcedOn ?? todayIso();
    const conversion = convertToUsd(await loadFxTable(), data.amount, data.currency, onDate, data.fxRate);
    // Without a rate the save itself will ask for one; there is nothing to compare yet.
    if (!conversion) return [];
    amountUsd = conversion.amountUsd;
  }
  return findPossibleDuplicates({
    donor: data.donor,
    recipient: data.recipient,
    amountUsd,
    announcedOn: data.announcedOn,
    excludeId,
  });
}
