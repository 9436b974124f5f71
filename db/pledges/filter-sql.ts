// The filters (lib/filters.ts) as one SQL condition, shared by lists, totals, series and exports.
import { and, gte, inArray, isNotNull, lte, sql, type SQL } from 'drizzle-orm';
import { parties, pledges } from '../tables';
import type { PledgeFilters } from '../../lib/filters';
import { peerGroup } from '../../lib/peer-groups';

function partyIn(
  column: typeof pledges.donorId | typeof pledges.recipientId,
  slugs: string[],
): SQL | undefined {
  if (slugs.length === 0) return undefined;
  return inArray(column, sql`(select ${parties.id} from ${parties} where ${inArray(parties.slug, slugs)})`);
}

export function whereFilters(f: PledgeFilters): SQL | undefined {
  return and(
    partyIn(pledges.donorId, f.donor),
    partyIn(pledges.recipientId, f.recipient),
    // A peer group is its members' country codes: a donor without a code belongs to none.
    f.group
      ? inArray(
          pledges.donorId,
          sql`(select ${parties.id} from ${parties} where ${inArray(parties.iso3, [...peerGroup(f.group).members])})`,
        )
      : undefined,
    f.category.length ? inArray(pledges.category, f.category) : undefined,
    f.stage.length ? inArray(pledges.stage, f.stage) : undefined,
    f.instrument.length ? inArray(pledges.instrument, f.instrument) : undefined,
    // A date range can only hold dated pledges: undated ones drop out when a range is set.
    f.from || f.to ? isNotNull(pledges.announcedOn) : undefined,
    f.from ? gte(pledges.announcedOn, f.from) : undefined,
    f.to ? lte(pledges.announcedOn, f.to) : undefined,
  );
}
