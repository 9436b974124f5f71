// Delivery progress per donor and per donor × category: the summary's totals (db/totals/totals.ts,
// the counting rules of lib/counting.ts) with the median time from announcement to disbursement
// (lib/delivery.ts) over the pledges with both dates. The donor page, the summary export and the
// API's summary all read it, so they show the same figures.
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { read } from '../connection';
import { parties, pledges } from '../tables';
import { whereFilters } from '../pledges/filter-sql';
import { cached } from './overview';
import { getSummary } from './totals';
import { addTotals, ZERO_TOTALS, type Totals } from '../../lib/counting';
import { deliveryOf, medianDelay, type DatedPair, type Delivery } from '../../lib/delivery';
import type { PledgeFilters } from '../../lib/filters';
import type { Category, DatePrecision } from '../../lib/domain';
import { pledgesTable } from '../as-of/pledges-at';

export type CategoryDelivery = { category: Category; totals: Totals; delivery: Delivery };
export type DonorDelivery = {
  donor: string;
  donorName: string;
  totals: Totals;
  delivery: Delivery;
  /** In category order, one per category the donor has pledges in. */
  categories: CategoryDelivery[];
};

type PairRow = Omit<DatedPair, 'count'> & { donorId: number; slug: string; category: Category; n: number };

/**
 * The disbursed pledges with both dates, grouped by donor, category and the two dates. The same
 * pledges as the disbursed total (itemised, not retracted, at disbursed), quantified or not: the
 * delay is a fact about the pledge, not its amount. Draw-downs count, each being its own payment.
 */
async function datedPairs(filters: PledgeFilters): Promise<PairRow[]> {
  const n = sql<number>`count(*)`.mapWith(Number);
  return read((db) =>
    db
      .select({
        donorId: pledges.donorId,
        slug: parties.slug,
        category: pledges.category,
        announcedOn: pledges.announcedOn,
        announcedPrecision: pledges.datePrecision,
        disbursedOn: pledges.disbursedOn,
        disbursedPrecision: pledges.disbursedPrecision,
        n,
      })
      .from(pledgesTable(filters.asOf))
      .innerJoin(parties, eq(parties.id, pledges.donorId))
      .where(
        and(
          whereFilters(filters),
          eq(pledges.kind, 'item'),
          isNull(pledges.retractedAt),
          eq(pledges.stage, 'disbursed'),
          isNotNull(pledges.announcedOn),
          isNotNull(pledges.disbursedOn),
        ),
      )
      .groupBy(
        pledges.donorId,
        parties.slug,
        pledges.category,
        pledges.announcedOn,
        pledges.datePrecision,
        pledges.disbursedOn,
        pledges.disbursedPrecision,
      ),
  );
}

const pairOf = (r: PairRow): DatedPair => ({
  announcedOn: r.announcedOn,
  announcedPrecision: r.announcedPrecision as DatePrecision,
  disbursedOn: r.disbursedOn,
  disbursedPrecision: r.disbursedPrecision as DatePrecision,
  count: r.n,
});

/** Delivery progress of every donor in the filters (in the summary's donor order), overall and per category. */
export async function getDeliveryByDonor(filters: PledgeFilters): Promise<DonorDelivery[]> {
  return read(() =>
    cached('delivery', filters, null, async () => {
      const summary = await getSummary(filters);
      const pairs = await datedPairs(filters);
      // Each donor's pairs, and each donor × category's, gathered once (a large record has many).
      const grouped = new Map<string, DatedPair[]>();
      for (const p of pairs)
        for (const key of [p.slug, `${p.slug}\u0000${p.category}`]) {
          const list = grouped.get(key) ?? [];
          list.push(pairOf(p));
          grouped.set(key, list);
        }
      const pairsOf = (donor: string, category?: Category) =>
        grouped.get(category ? `${donor}\u0000${category}` : donor) ?? [];
      const out = new Map<string, DonorDelivery>();
      for (const row of summary) {
        const entry = out.get(row.donor) ?? {
          donor: row.donor,
          donorName: row.donorName,
          totals: { ...ZERO_TOTALS },
          delivery: deliveryOf(ZERO_TOTALS),
          categories: [],
        };
        entry.totals = addTotals(entry.totals, row.totals);
        entry.categories.push({
          category: row.category,
          totals: row.totals,
          delivery: deliveryOf(row.totals, medianDelay(pairsOf(row.donor, row.category))),
        });
        out.set(row.donor, entry);
      }
      for (const entry of out.values())
        entry.delivery = deliveryOf(entry.totals, medianDelay(pairsOf(entry.donor)));
      return [...out.values()];
    }),
  );
}

/** One donor's delivery progress under the filters (its page's), or null when it has no pledges there. */
export async function getDonorDelivery(slug: string, filters: PledgeFilters): Promise<DonorDelivery | null> {
  const found = await getDeliveryByDonor({ ...filters, donor: [slug] });
  return found.find((d) => d.donor === slug) ?? null;
}
