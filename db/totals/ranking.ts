// The donor ranking (`/donors`, `/api/v1/donors`, `/export/donors.csv`): each donor's stage totals by
// the counting rules (the one bucket query of buckets.ts, lib/counting.ts), normalised by GDP and
// population (lib/gdp-share.ts) and ranked (lib/ranking.ts). Cached per data version.
import { asc, inArray } from 'drizzle-orm';
import { read } from '../connection';
import { parties } from '../tables';
import { versionedCache } from '../meta';
import { countryFigures, WORLD_BANK_CREDIT } from '../world-bank';
import { donorYears, stageSums } from './donor-years';
import { filtersKey, type PledgeFilters } from '../../lib/filters';
import { normalise, noFigures, noFiguresReason, type YearValue } from '../../lib/gdp-share';
import { PEER_GROUPS, peerGroup, type PeerGroup } from '../../lib/peer-groups';
import {
  assignRanks,
  sortRows,
  type DonorRanking,
  type DonorRow,
  type GroupRow,
  type RankMeasure,
} from '../../lib/ranking';

export type RankingOptions = { measure: RankMeasure; gdpYear: number | null };

const cache = versionedCache<DonorRanking>();

/** The ranking for the filters (the core; pages and the API call `getDonorRanking`). */
export function donorRankingFor(filters: PledgeFilters, options: RankingOptions): Promise<DonorRanking> {
  return cache(`ranking:${filtersKey(filters)}:${options.measure}:${options.gdpYear}`, async () => {
    const figures = countryFigures();
    const years = await donorYears(filters);
    const ids = [...years.keys()];
    const info =
      ids.length === 0
        ? []
        : await read((db) =>
            db
              .select({
                id: parties.id,
                slug: parties.slug,
                name: parties.name,
                kind: parties.kind,
                iso3: parties.iso3,
                fiscalYearStartMonth: parties.fiscalYearStartMonth,
              })
              .from(parties)
              .where(inArray(parties.id, ids))
              .orderBy(asc(parties.id)),
          );
    // In year order: the engines return groups in orders of their own, and a sum of doubles depends on its order.
    const valuesOf = (id: number): YearValue[] =>
      [...(years.get(id) ?? [])]
        .sort(([a], [b]) => (a ?? -1) - (b ?? -1))
        .map(([year, e]) => ({ year, usd: e.usd[options.measure] }));
    const donors: DonorRow[] = info.map((p) => {
      const reason = noFiguresReason(p.kind, p.iso3, figures);
      const normalised = reason
        ? noFigures(reason)
        : normalise(valuesOf(p.id), [p.iso3!], figures, options.gdpYear);
      return {
        slug: p.slug,
        name: p.name,
        kind: p.kind,
        iso3: p.iso3,
        fiscalYearStartMonth: p.fiscalYearStartMonth == null ? null : Number(p.fiscalYearStartMonth),
        ...stageSums(years.get(p.id)!.values()),
        ...normalised,
        share: null,
        ranks: {
          committed: null,
          allocated: null,
          disbursed: null,
          pctGdp: null,
          perCapita: null,
          share: null,
        },
      };
    });
    const total = donors.reduce((sum, d) => sum + d[options.measure], 0);
    const shareOf = (value: number) => (total > 0 ? value / total : null);
    for (const d of donors) d.share = shareOf(d[options.measure]);
    const idOf = new Map(info.map((p) => [p.slug, p.id]));
    const groups: GroupRow[] = (
      filters.group ? [peerGroup(filters.group)] : ([...PEER_GROUPS] as PeerGroup[])
    ).map((g) => {
      const members = donors.filter((d) => d.iso3 && g.members.includes(d.iso3));
      const sums = stageSums(members.map((m) => ({ totals: m })));
      const values = members.flatMap((m) => valuesOf(idOf.get(m.slug)!));
      return {
        id: g.id,
        name: g.name,
        asOf: g.asOf,
        note: g.note ?? null,
        members: g.members,
        memberCount: members.length,
        ...sums,
        ...normalise(values, g.members, figures, options.gdpYear),
        share: shareOf(sums[options.measure]),
      };
    });
    const undated = ids.some((id) => (years.get(id)!.get(null)?.usd[options.measure] ?? 0) > 0);
    return {
      currency: filters.currency,
      measure: options.measure,
      gdpYear: options.gdpYear,
      undatedYear: undated && options.gdpYear === null ? figures.latestYear('gdp') : null,
      donors: sortRows(assignRanks(donors), options.measure, 'desc'),
      groups,
      total,
      credit: WORLD_BANK_CREDIT,
    };
  });
}

export async function getDonorRanking(
  filters: PledgeFilters,
  options: RankingOptions,
): Promise<DonorRanking> {
  return read(() => donorRankingFor(filters, options));
}
