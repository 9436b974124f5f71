// "Is this the same as …?": pledges an editor may be about to enter twice. Same donor and
// recipient, US-dollar amount within 5% and announcement within 60 days of the new one.
import { and, eq, ne, sql } from 'drizzle-orm';
import { daysBetween, larger } from '../sql-dialect';
import { getDb } from '../sqlite/client';
import { read } from '../sqlite/transaction';
import { pledges } from '../schema';
import { findPartyByName } from './parties';
import { getPledgeSummary, type PledgeSummary } from './read';
import { fxTable } from '../fx';
import { convertToUsd } from '../../lib/fx';
import { todayIso } from '../../lib/dates';
import type { PledgeData } from '../../lib/pledge-schema';

export const DUPLICATE_AMOUNT_TOLERANCE = 0.05;
export const DUPLICATE_DAYS = 60;

export type DuplicateProbe = {
  donor: string;
  recipient: string;
  /** USD cents of the new pledge, or null for an unquantified one (matches other unquantified ones). */
  amountUsd: number | null;
  announcedOn: string | null;
  excludeId?: number | null;
};

export async function findPossibleDuplicates(probe: DuplicateProbe, limit = 10): Promise<PledgeSummary[]> {
  return read(() => {
    const donor = findPartyByName(probe.donor);
    const recipient = findPartyByName(probe.recipient);
    // A party that does not exist yet has no pledges to duplicate.
    if (!donor || !recipient) return [];
    const amount = probe.amountUsd == null
      ? sql`${pledges.amountUsd} is null`
      // Symmetric: within 5% of the larger of the two, so A~B exactly when B~A.
      : sql`abs(${pledges.amountUsd} - ${probe.amountUsd}) <= ${DUPLICATE_AMOUNT_TOLERANCE} * ${larger(pledges.amountUsd, probe.amountUsd)}`;
    const date = probe.announcedOn == null ? undefined
      : sql`abs(${daysBetween(pledges.announcedOn, probe.announcedOn)}) <= ${DUPLICATE_DAYS}`;
    const rows = getDb().select({ id: pledges.id }).from(pledges).where(and(
      eq(pledges.donorId, donor.id), eq(pledges.recipientId, recipient.id), sql`${pledges.retractedAt} is null`,
      amount, date, probe.excludeId ? ne(pledges.id, probe.excludeId) : undefined,
    )).orderBy(pledges.announcedOn).limit(limit).all();
    return rows.map((r) => getPledgeSummary(r.id)!).filter(Boolean);
  });
}

/** Possible duplicates of a validated pledge, converting its amount the way saving would. */
export async function findDuplicatesOf(data: PledgeData, excludeId?: number | null): Promise<PledgeSummary[]> {
  return read(() => {
    let amountUsd: number | null = null;
    if (data.amount != null && data.currency) {
      const onDate = data.announcedOn ?? todayIso();
      const conversion = convertToUsd(fxTable(), data.amount, data.currency, onDate, data.fxRate);
      // Without a rate the save itself will ask for one; there is nothing to compare yet.
      if (!conversion) return [];
      amountUsd = conversion.amountUsd;
    }
    return findPossibleDuplicates({ donor: data.donor, recipient: data.recipient, amountUsd, announcedOn: data.announcedOn, excludeId });
  });
}
