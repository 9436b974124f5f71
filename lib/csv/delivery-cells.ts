// The summary export's delivery columns (appended after its totals): per donor × category row, the
// share of committed disbursed, the cancelled figure and the median time to disbursement; then the
// same for the donor across its categories, repeated on each of its rows. Figures: lib/delivery.ts.
import { minorToDecimal } from '../money';
import { deliveryOf, type Delivery, type MedianDelay } from '../delivery';
import type { Totals } from '../counting';

export const DELIVERY_COLUMNS = [
  'delivery_share_percent',
  'cancelled',
  'cancelled_count',
  'median_days_to_disbursement',
  'median_pledge_count',
  'donor_committed',
  'donor_disbursed',
  'donor_delivery_share_percent',
  'donor_cancelled',
  'donor_median_days_to_disbursement',
  'donor_median_pledge_count',
] as const;

/** A summary row's delivery facts beyond its totals: the row's median and its donor's figures. */
export type DeliveryFacts = { median?: MedianDelay; donorDelivery?: Delivery };

const share = (percent: number | null) => (percent === null ? '' : String(percent));
const medianCells = (m: MedianDelay | undefined) =>
  m ? [m.days === null ? '' : String(m.days), String(m.pledges)] : ['', ''];

export function deliveryCells(totals: Totals, facts: DeliveryFacts, currency: string): string[] {
  const own = deliveryOf(totals);
  const donor = facts.donorDelivery;
  return [
    share(own.percent),
    minorToDecimal(own.cancelled, currency),
    String(own.cancelledCount),
    ...medianCells(facts.median),
    ...(donor
      ? [
          minorToDecimal(donor.committed, currency),
          minorToDecimal(donor.disbursed, currency),
          share(donor.percent),
          minorToDecimal(donor.cancelled, currency),
        ]
      : ['', '', '', '']),
    ...medianCells(donor?.median),
  ];
}

type DonorGroups = {
  donor: string;
  donorName: string;
  delivery: Delivery;
  categories: { category: string; totals: Totals; delivery: Delivery }[];
}[];

/** The summary's rows from the delivery of each donor (db/totals/delivery.ts), in the same order. */
export function summaryRowsOf(donors: DonorGroups) {
  return donors.flatMap((d) =>
    d.categories.map((c) => ({
      donor: d.donor,
      donorName: d.donorName,
      category: c.category,
      totals: c.totals,
      median: c.delivery.median,
      donorDelivery: d.delivery,
    })),
  );
}
