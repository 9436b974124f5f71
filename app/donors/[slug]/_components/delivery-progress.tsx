// A donor's delivery progress on its page: disbursed of committed overall and per category, what
// it cancelled, and the median time from announcement to disbursement (db/totals/delivery.ts, the
// figures the summary export and the API's summary carry), under the page's own filters.
import { dropUnknownParties, getDonorDelivery, listReportingCurrencies } from '@/db/totals';
import { parseFilters } from '@/lib/filters';
import { describeMedian, formatShare, type Delivery } from '@/lib/delivery';
import { formatMoney } from '@/lib/money';
import { compactMoney, plural } from '@/lib/format';
import { CATEGORY_LABELS } from '@/lib/domain';
import type { SearchParams } from '@/app/_components/dashboard-view';
import { withAsOf } from '@/db/as-of';

/** The figures as data attributes in minor units, so a reader of the page's HTML gets them exactly. */
const figures = (d: Delivery) => ({
  'data-committed': d.committed,
  'data-disbursed': d.disbursed,
  'data-share': d.percent ?? '',
  'data-cancelled': d.cancelled,
  'data-median-days': d.median.days ?? '',
  'data-median-pledges': d.median.pledges,
});

function Cancelled({ d, currency }: { d: Delivery; currency: string }) {
  if (d.cancelledCount === 0) return <>nothing cancelled</>;
  return (
    <>
      {compactMoney(d.cancelled, currency)} cancelled ({plural(d.cancelledCount, 'pledge')}), out of the
      totals
    </>
  );
}

export async function DeliveryProgress({ slug, params }: { slug: string; params: SearchParams }) {
  const parsed = await withAsOf(
    await dropUnknownParties(parseFilters(params, (await listReportingCurrencies()).all)),
    params,
  );
  const filters = { ...parsed.filters, donor: [slug] };
  const found = await getDonorDelivery(slug, filters);
  if (!found) return null;
  const { delivery: all, categories } = found;
  const c = filters.currency;
  const money = (v: number) => formatMoney(v, c);
  return (
    <section
      aria-labelledby="delivery-h"
      className="space-y-2 rounded border border-line bg-paper p-3 text-sm"
      data-testid="donor-delivery"
    >
      <h2 id="delivery-h" className="font-semibold">
        Delivery progress
      </h2>
      <p className="num" data-testid="donor-delivery-overall" {...figures(all)}>
        Disbursed <strong>{compactMoney(all.disbursed, c)}</strong> of committed{' '}
        <strong>{compactMoney(all.committed, c)}</strong> ({formatShare(all.percent)}
        {all.percent === null ? ': nothing committed' : ''}); <Cancelled d={all} currency={c} />.
      </p>
      <p data-testid="donor-delivery-median">{describeMedian(all.median)}.</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Delivery progress by category">
        <table className="w-full text-right" data-testid="donor-delivery-categories">
          <caption className="sr-only">Delivery progress by category ({c})</caption>
          <thead>
            <tr>
              <th scope="col" className="p-1 text-left">
                Category
              </th>
              <th scope="col" className="p-1">
                Committed
              </th>
              <th scope="col" className="p-1">
                Disbursed
              </th>
              <th scope="col" className="p-1">
                Share disbursed
              </th>
              <th scope="col" className="p-1">
                Cancelled
              </th>
              <th scope="col" className="p-1">
                Median days to disbursement
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map(({ category, delivery: d }) => (
              <tr key={category} className="border-t border-line" data-category={category} {...figures(d)}>
                <th scope="row" className="p-1 text-left font-normal">
                  {CATEGORY_LABELS[category]}
                </th>
                <td className="num p-1">{money(d.committed)}</td>
                <td className="num p-1">{money(d.disbursed)}</td>
                <td className="num p-1">{formatShare(d.percent)}</td>
                <td className="num p-1">{d.cancelledCount === 0 ? '—' : money(d.cancelled)}</td>
                <td className="num p-1">
                  {d.median.days === null
                    ? '— (no pledge with both dates to the day)'
                    : `${d.median.days} (over ${plural(d.median.pledges, 'pledge')})`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-muted">
        Draw-downs are disbursed inside their commitment, never counted twice; a cancelled pledge is out of
        committed and disbursed. The median counts only pledges whose announcement and disbursement are both
        dated to the day.
      </p>
    </section>
  );
}
